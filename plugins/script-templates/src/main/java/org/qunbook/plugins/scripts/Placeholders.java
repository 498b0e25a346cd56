package org.qunbook.plugins.scripts;

import java.util.ArrayList;
import java.util.List;

/** Splits a script's text into literal text and {@code {{变量名}}} placeholders. */
final class Placeholders {

    /**
     * A placeholder that cannot be filled.
     *
     * @param raw    as written (at most to the end of its line)
     * @param reason why, for the problem message
     * @param line   0-based line within the script text
     */
    record Malformed(String raw, String reason, int line) {
        String message() {
            return "malformed placeholder '" + raw + "': " + reason;
        }
    }

    /** The segments in order, and what could not be read as a placeholder. */
    record Parsed(List<Segment> segments, List<Malformed> malformed) {
        List<Segment.Slot> slots() {
            return segments.stream().filter(Segment.Slot.class::isInstance).map(Segment.Slot.class::cast).toList();
        }
    }

    private Placeholders() {
    }

    static Parsed parse(String text) {
        List<Segment> segments = new ArrayList<>();
        List<Malformed> malformed = new ArrayList<>();
        StringBuilder literal = new StringBuilder();
        int i = 0;
        while (i < text.length()) {
            int open = text.indexOf("{{", i);
            int close = text.indexOf("}}", i);
            if (close >= 0 && (open < 0 || close < open)) {
                malformed.add(new Malformed("}}", "no opening '{{'", lineAt(text, close)));
                literal.append(text, i, close + 2);
                i = close + 2;
                continue;
            }
            if (open < 0) {
                literal.append(text, i, text.length());
                break;
            }
            literal.append(text, i, open);
            int end = text.indexOf("}}", open + 2);
            int nextOpen = text.indexOf("{{", open + 2);
            int lineEnd = text.indexOf('\n', open);
            if (lineEnd < 0) {
                lineEnd = text.length();
            }
            // A placeholder never spans lines: an unclosed "{{" must not swallow the rest of the script.
            if (end < 0 || end > lineEnd || nextOpen >= 0 && nextOpen < end) {
                String raw = text.substring(open, nextOpen >= 0 && nextOpen < lineEnd ? nextOpen : lineEnd).strip();
                malformed.add(new Malformed(raw, "no closing '}}'", lineAt(text, open)));
                literal.append("{{");
                i = open + 2;
                continue;
            }
            String raw = text.substring(open, end + 2);
            String name = text.substring(open + 2, end).strip();
            if (name.isEmpty()) {
                malformed.add(new Malformed(raw, "the name is empty", lineAt(text, open)));
                literal.append(raw);
            } else if (name.codePoints().anyMatch(c -> Character.isWhitespace(c) || c == '{' || c == '}')) {
                malformed.add(new Malformed(raw, "a variable name has no spaces or braces", lineAt(text, open)));
                literal.append(raw);
            } else {
                if (!literal.isEmpty()) {
                    segments.add(new Segment.Text(literal.toString()));
                    literal.setLength(0);
                }
                segments.add(new Segment.Slot(name, raw, lineAt(text, open)));
            }
            i = end + 2;
        }
        if (!literal.isEmpty()) {
            segments.add(new Segment.Text(literal.toString()));
        }
        return new Parsed(List.copyOf(segments), List.copyOf(malformed));
    }

    private static int lineAt(String text, int index) {
        int line = 0;
        for (int i = 0; i < index; i++) {
            if (text.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }
}
