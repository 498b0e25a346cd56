package org.qunbook.plugins.glossary;

import org.qunbook.api.TextTools;

/**
 * The form terms and page text are compared in: Traditional folded to Simplified and ASCII
 * letters lower-cased, one UTF-16 unit for one UTF-16 unit, so an index into the folded text is
 * the same index into the original.
 */
final class Spelling {

    private final TextTools text;

    Spelling(TextTools text) {
        this.text = text;
    }

    /**
     * Folds {@code source} keeping its length. The site's folding works per code point; should a
     * Traditional character ever fold to a character of a different UTF-16 length, that character
     * is kept as it is, so positions still map 1:1.
     */
    String fold(String source) {
        String folded = text.foldToSimplified(source);
        if (folded.length() != source.length()) {
            folded = foldPerCodePoint(source);
        }
        char[] chars = folded.toCharArray();
        for (int i = 0; i < chars.length; i++) {
            char c = chars[i];
            if (c >= 'A' && c <= 'Z') {
                chars[i] = (char) (c + ('a' - 'A'));
            }
        }
        return new String(chars);
    }

    private String foldPerCodePoint(String source) {
        StringBuilder out = new StringBuilder(source.length());
        source.codePoints().forEach(cp -> {
            String original = Character.toString(cp);
            String folded = text.foldToSimplified(original);
            out.append(folded.length() == original.length() ? folded : original);
        });
        return out.toString();
    }

    static boolean isLatinWordChar(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
    }

    static boolean isHan(char c) {
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
    }
}
