package org.qunbook.transform;

/**
 * How long a page is, counted the way a Chinese reader experiences it: each CJK character counts
 * as one unit (Chinese has no spaces to count words by), each run of Latin letters or digits as
 * one word.
 *
 * @param cjkCharacters CJK characters
 * @param latinWords    Latin words and numbers
 */
public record TextStats(int cjkCharacters, int latinWords) {

    /** Typical reading speeds: about 400 Chinese characters or 200 English words a minute. */
    private static final double CJK_PER_MINUTE = 400;
    private static final double WORDS_PER_MINUTE = 200;

    public static TextStats of(String text) {
        int cjk = 0;
        int words = 0;
        boolean inWord = false;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (isCjk(cp)) {
                cjk++;
                inWord = false;
            } else if (Character.isLetterOrDigit(cp)) {
                if (!inWord) {
                    words++;
                }
                inWord = true;
            } else {
                inWord = false;
            }
        }
        return new TextStats(cjk, words);
    }

    private static boolean isCjk(int cp) {
        if (cp < 0x1100) {
            return false; // Latin, Greek, Cyrillic, punctuation…: no CJK script below Hangul Jamo
        }
        if (cp >= 0x4E00 && cp <= 0x9FFF) {
            return true; // the common ideographs, most of a Chinese page (a binary search each otherwise)
        }
        Character.UnicodeScript script = Character.UnicodeScript.of(cp);
        return script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
                || script == Character.UnicodeScript.KATAKANA || script == Character.UnicodeScript.HANGUL;
    }

    /** The length shown to readers: CJK characters plus Latin words. */
    public int length() {
        return cjkCharacters + latinWords;
    }

    /** Whole minutes, at least 1. */
    public int readingMinutes() {
        double minutes = cjkCharacters / CJK_PER_MINUTE + latinWords / WORDS_PER_MINUTE;
        return Math.max(1, (int) Math.round(minutes));
    }
}
