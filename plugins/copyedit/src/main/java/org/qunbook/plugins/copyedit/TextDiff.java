package org.qunbook.plugins.copyedit;

import java.util.ArrayList;
import java.util.List;

/**
 * The places where a rule changed a piece of text: a char-level longest-common-subsequence diff
 * of the part between the common prefix and suffix (rules change a few chars of one line, so the
 * middle is short).
 */
final class TextDiff {

    /** Replace {@code before[start, end)} with {@code replacement}. */
    record Edit(int start, int end, String replacement) {
    }

    private TextDiff() {
    }

    static List<Edit> edits(String before, String after) {
        int prefix = 0;
        int limit = Math.min(before.length(), after.length());
        while (prefix < limit && before.charAt(prefix) == after.charAt(prefix)) {
            prefix++;
        }
        int suffix = 0;
        while (suffix < limit - prefix
                && before.charAt(before.length() - 1 - suffix) == after.charAt(after.length() - 1 - suffix)) {
            suffix++;
        }
        String a = before.substring(prefix, before.length() - suffix);
        String b = after.substring(prefix, after.length() - suffix);
        if (a.isEmpty() && b.isEmpty()) {
            return List.of();
        }
        if ((long) a.length() * b.length() > 4_000_000L) {
            return List.of(new Edit(prefix, before.length() - suffix, b));
        }
        int[][] lcs = new int[a.length() + 1][b.length() + 1];
        for (int i = a.length() - 1; i >= 0; i--) {
            for (int j = b.length() - 1; j >= 0; j--) {
                lcs[i][j] = a.charAt(i) == b.charAt(j) ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
            }
        }
        List<Edit> edits = new ArrayList<>();
        int i = 0;
        int j = 0;
        int editStart = -1;
        int editB = -1;
        while (i < a.length() || j < b.length()) {
            if (i < a.length() && j < b.length() && a.charAt(i) == b.charAt(j)) {
                if (editStart >= 0) {
                    edits.add(new Edit(prefix + editStart, prefix + i, b.substring(editB, j)));
                    editStart = -1;
                }
                i++;
                j++;
                continue;
            }
            if (editStart < 0) {
                editStart = i;
                editB = j;
            }
            if (j < b.length() && (i == a.length() || lcs[i][j + 1] >= lcs[i + 1][j])) {
                j++;
            } else {
                i++;
            }
        }
        if (editStart >= 0) {
            edits.add(new Edit(prefix + editStart, prefix + i, b.substring(editB, j)));
        }
        return edits;
    }
}
