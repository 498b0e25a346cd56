package org.qunbook.search;

/**
 * How the analyser treats a code point after normalisation. qunbook-search.js has the same
 * classification as regular expressions; keep the two in step.
 */
enum CharClass {
    /** Han, Hiragana, Katakana, Hangul and the prolonged sound mark ー: indexed as bigrams. */
    CJK,
    /** Any other letter or number: part of a word token (Latin, digits, Cyrillic, ...). */
    WORD,
    /** A combining mark: continues a word; inside CJK or between tokens it is skipped, not a break. */
    MARK,
    /** Everything else (spaces, punctuation of both widths, symbols, emoji, controls) separates tokens. */
    SEPARATOR;

    /** U+30FC is Script=Common, but it only ever occurs inside kana words. */
    private static final int PROLONGED_SOUND_MARK = 0x30FC;

    private static final CharClass[] VALUES = values();

    /** {@link #classify} of every BMP character, by ordinal: the analyser asks several times per character. */
    private static final byte[] BMP = new byte[Character.MAX_VALUE + 1];

    static {
        for (int cp = 0; cp < BMP.length; cp++) {
            BMP[cp] = (byte) classify(cp).ordinal();
        }
    }

    static CharClass of(int cp) {
        return cp >= 0 && cp < BMP.length ? VALUES[BMP[cp]] : classify(cp);
    }

    private static CharClass classify(int cp) {
        if (cp < 0x80) { // fast path for ASCII, the bulk of Latin text
            return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') || (cp >= '0' && cp <= '9')
                    ? WORD : SEPARATOR;
        }
        Character.UnicodeScript script = Character.UnicodeScript.of(cp);
        if (script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
                || script == Character.UnicodeScript.KATAKANA || script == Character.UnicodeScript.HANGUL
                || cp == PROLONGED_SOUND_MARK) {
            return CJK;
        }
        switch (Character.getType(cp)) {
            case Character.UPPERCASE_LETTER, Character.LOWERCASE_LETTER, Character.TITLECASE_LETTER,
                    Character.MODIFIER_LETTER, Character.OTHER_LETTER,
                    Character.DECIMAL_DIGIT_NUMBER, Character.LETTER_NUMBER, Character.OTHER_NUMBER:
                return WORD;
            case Character.NON_SPACING_MARK, Character.ENCLOSING_MARK, Character.COMBINING_SPACING_MARK:
                return MARK;
            default:
                return SEPARATOR;
        }
    }

    static boolean isMark(int cp) {
        return cp >= 0x80 && of(cp) == MARK;
    }
}
