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
            Character.UnicodeScript script = Character.UnicodeScript.of(cp);
            if (script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
                    || script == Character.UnicodeScript.KATAKANA || script == Character.UnicodeScript.HANGUL) {
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
