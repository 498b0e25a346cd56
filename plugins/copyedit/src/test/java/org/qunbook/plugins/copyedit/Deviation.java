package org.qunbook.plugins.copyedit;

/**
 * The README's list of differences from AutoCorrect ("Differences from AutoCorrect"), each
 * recognised by what it is about, so that any other difference fails the differential test.
 */
final class Deviation {

    private static final String SYMBOLS = "|+-!#/[]()<>《》「」“”‘’\"'";
    private static final String FULL = "，。！？：；";
    private static final String HALF = ",.!?:;";

    private Deviation() {
    }

    /** The deviation that explains why AutoCorrect gives {@code theirs} and we give {@code ours}, or null. */
    static String explain(String input, String ours, String theirs) {
        if (!Scripts.hasCjk(input)) {
            return "English-only text: brackets and quotes";
        }
        if (input.chars().anyMatch(c -> c >= '０' && c <= '９' || c >= 'Ａ' && c <= 'Ｚ' || c >= 'ａ' && c <= 'ｚ'
                || c == '\u3000') && Typography.format(ours, true, new Typography("～").autocorrectRules()).equals(ours)) {
            return "full-width letters and digits: half-width first, then spaced";
        }
        if (loose(ours).equals(loose(theirs))) {
            return "spaces and marks beside symbols";
        }
        return null;
    }

    /** Without the spaces beside symbols, and with a mark after a symbol read as half-width. */
    private static String loose(String text) {
        StringBuilder out = new StringBuilder();
        boolean markAfterSymbol = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            char before = i > 0 ? text.charAt(i - 1) : 'a';
            char after = i + 1 < text.length() ? text.charAt(i + 1) : 'a';
            if (c == ' ' && (SYMBOLS.indexOf(before) >= 0 || SYMBOLS.indexOf(after) >= 0 || markAfterSymbol)) {
                continue;
            }
            char last = out.length() == 0 ? 'a' : out.charAt(out.length() - 1);
            int full = FULL.indexOf(c) >= 0 ? FULL.indexOf(c) : HALF.indexOf(c);
            markAfterSymbol = full >= 0 && !Character.isLetterOrDigit(last) && !Scripts.isCjk(last);
            out.append(markAfterSymbol ? HALF.charAt(full) : c);
        }
        return out.toString();
    }
}
