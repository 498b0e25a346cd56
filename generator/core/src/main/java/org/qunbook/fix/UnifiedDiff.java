package org.qunbook.fix;

import java.util.ArrayList;
import java.util.List;

/**
 * A unified diff ({@code diff -u}, three lines of context) of two versions of a file whose fixes
 * never add or remove a line, so line {@code i} of one is line {@code i} of the other and no
 * longest-common-subsequence search is needed.
 */
final class UnifiedDiff {

    private static final int CONTEXT = 3;

    private UnifiedDiff() {
    }

    static String of(String path, String before, String after) {
        List<String> old = lines(before);
        List<String> now = lines(after);
        if (old.size() != now.size()) {
            throw new IllegalArgumentException("a fix added or removed a line");
        }
        StringBuilder out = new StringBuilder();
        out.append("--- a/").append(path).append('\n').append("+++ b/").append(path).append('\n');
        int i = 0;
        while (i < old.size()) {
            if (old.get(i).equals(now.get(i))) {
                i++;
                continue;
            }
            int from = Math.max(0, i - CONTEXT);
            int to = i;
            // Extend the hunk while the next change is within twice the context.
            int lastChange = i;
            while (to < old.size()) {
                if (!old.get(to).equals(now.get(to))) {
                    lastChange = to;
                } else if (to - lastChange > 2 * CONTEXT) {
                    break;
                }
                to++;
            }
            int end = Math.min(old.size(), lastChange + CONTEXT + 1);
            int count = end - from;
            out.append("@@ -").append(from + 1).append(',').append(count).append(" +").append(from + 1).append(',')
                    .append(count).append(" @@\n");
            List<String> added = new ArrayList<>();
            for (int k = from; k < end; k++) {
                if (old.get(k).equals(now.get(k))) {
                    flush(out, added);
                    out.append(' ').append(old.get(k)).append('\n');
                } else {
                    out.append('-').append(old.get(k)).append('\n');
                    added.add(now.get(k));
                }
            }
            flush(out, added);
            i = end;
        }
        return out.toString();
    }

    private static void flush(StringBuilder out, List<String> added) {
        added.forEach(line -> out.append('+').append(line).append('\n'));
        added.clear();
    }

    /** The file's lines without their line endings (a BOM is not shown). */
    private static List<String> lines(String text) {
        String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
        List<String> lines = new ArrayList<>();
        int start = 0;
        while (start < body.length()) {
            int end = body.indexOf('\n', start);
            String line = body.substring(start, end < 0 ? body.length() : end);
            lines.add(line.endsWith("\r") ? line.substring(0, line.length() - 1) : line);
            start = end < 0 ? body.length() : end + 1;
        }
        return lines;
    }
}
