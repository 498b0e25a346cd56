package org.qunbook.parse;

/**
 * The "CJK-friendly" amendment to CommonMark's flanking rules (as in markdown-it-cjk-friendly): a
 * delimiter run next to punctuation also flanks when the character on its other side is CJK, so
 * {@code **“私域”**流量} and {@code 写成~~“早安”~~} work without spaces, which Chinese never has.
 */
final class CjkFlanking {

    private CjkFlanking() {
    }

    /** Left-flanking, or followed by punctuation and preceded by a CJK character. */
    static boolean canOpen(String before, boolean leftFlanking, boolean afterIsPunctuation, boolean afterIsWhitespace) {
        return leftFlanking || !afterIsWhitespace && afterIsPunctuation && isCjk(before);
    }

    /** Right-flanking, or preceded by punctuation and followed by a CJK character. */
    static boolean canClose(String after, boolean rightFlanking, boolean beforeIsPunctuation,
                            boolean beforeIsWhitespace) {
        return rightFlanking || !beforeIsWhitespace && beforeIsPunctuation && isCjk(after);
    }

    static boolean isCjk(String character) {
        if (character == null || character.isEmpty()) {
            return false;
        }
        int cp = character.codePointAt(0);
        Character.UnicodeScript script = Character.UnicodeScript.of(cp);
        if (script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
                || script == Character.UnicodeScript.KATAKANA || script == Character.UnicodeScript.HANGUL
                || script == Character.UnicodeScript.BOPOMOFO) {
            return true;
        }
        Character.UnicodeBlock block = Character.UnicodeBlock.of(cp);
        return block == Character.UnicodeBlock.CJK_SYMBOLS_AND_PUNCTUATION
                || block == Character.UnicodeBlock.HALFWIDTH_AND_FULLWIDTH_FORMS
                || block == Character.UnicodeBlock.CJK_COMPATIBILITY_FORMS;
    }
}
