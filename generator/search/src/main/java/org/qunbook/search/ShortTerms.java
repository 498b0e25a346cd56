package org.qunbook.search;

/**
 * A term of one to four UTF-16 units, none of them U+0000, packed into a long, first unit in the top
 * 16 bits. Every CJK bigram and character is one, so the analysis can count them and the dictionary
 * can find them without making a String per token. Equal terms have equal keys, and the unsigned
 * order of keys is the UTF-16 order of the terms (a shorter term has zeros where a longer one it
 * begins has units), the order of lunr's inverted index.
 */
final class ShortTerms {
    /** Not a key: the term is longer or contains U+0000. */
    static final long NONE = 0;

    private ShortTerms() {
    }

    static long key(String term) {
        if (term.isEmpty() || term.length() > 4) {
            return NONE;
        }
        long key = 0;
        for (int i = 0; i < term.length(); i++) {
            char unit = term.charAt(i);
            if (unit == 0) {
                return NONE;
            }
            key |= (long) unit << (48 - 16 * i);
        }
        return key;
    }

    /** The key of one code point (not U+0000). */
    static long key(int codePoint) {
        return append(0, 0, codePoint);
    }

    /** The key of two code points (neither U+0000): at most four units, so always a key. */
    static long key(int first, int second) {
        return append(key(first), Character.charCount(first), second);
    }

    private static long append(long key, int units, int codePoint) {
        if (Character.isBmpCodePoint(codePoint)) {
            return key | (long) codePoint << (48 - 16 * units);
        }
        return key | (long) Character.highSurrogate(codePoint) << (48 - 16 * units)
                | (long) Character.lowSurrogate(codePoint) << (32 - 16 * units);
    }

    static String text(long key) {
        char[] units = new char[4];
        int n = 0;
        while (n < 4 && (char) (key >>> (48 - 16 * n)) != 0) {
            units[n] = (char) (key >>> (48 - 16 * n));
            n++;
        }
        return new String(units, 0, n);
    }

    /** UTF-16 order of the term of {@code key} and a term that has no key (both distinct). */
    static int compare(long key, String longTerm) {
        for (int i = 0; i < 4; i++) {
            char unit = (char) (key >>> (48 - 16 * i));
            if (unit == 0) {
                return i < longTerm.length() ? -1 : 0; // the key's term ended first
            }
            if (i == longTerm.length()) {
                return 1;
            }
            if (unit != longTerm.charAt(i)) {
                return Character.compare(unit, longTerm.charAt(i));
            }
        }
        return longTerm.length() > 4 ? -1 : 0;
    }
}
