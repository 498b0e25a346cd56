package org.qunbook.plugins.copyedit;

/**
 * The character classes AutoCorrect's rules are written in, as Java regex fragments: {@code CJK}
 * is Chinese, Japanese and Korean script, {@code CJ} leaves Korean out (Korean uses Western
 * punctuation, so full-width punctuation rules skip it), {@code WORD} is Unicode {@code \w}.
 */
final class Scripts {

    static final String CJK = "\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}\\p{IsHangul}\\p{IsBopomofo}";
    static final String CJ = "\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}\\p{IsBopomofo}";
    static final String WORD = "\\p{L}\\p{Mn}\\p{Nd}\\p{Pc}";

    private Scripts() {
    }

    static boolean isCjk(int codePoint) {
        Character.UnicodeScript script = Character.UnicodeScript.of(codePoint);
        return script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
                || script == Character.UnicodeScript.KATAKANA || script == Character.UnicodeScript.HANGUL
                || script == Character.UnicodeScript.BOPOMOFO;
    }

    static boolean hasCjk(CharSequence text) {
        return text.codePoints().anyMatch(Scripts::isCjk);
    }
}
