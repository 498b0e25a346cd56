package org.qunbook.search;

/** UTF-16 checks shared by the records: lunr and the JSON writer both work in UTF-16 code units. */
final class Utf16 {
    private Utf16() {
    }

    /**
     * Rejects lone surrogates. JSON.stringify would write them as <code>&#92;udxxx</code> escapes while a
     * UTF-8 writer would replace them with {@code ?}, so such a string can never round-trip.
     */
    static String requireWellFormed(String text, String what) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length()
                    && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                throw new IllegalArgumentException(
                        what + " contains a lone surrogate at index " + i + ": " + escaped(text));
            }
        }
        return text;
    }

    private static String escaped(String text) {
        StringBuilder out = new StringBuilder();
        text.chars().forEach(c -> out.append(c < 0x20 || Character.isSurrogate((char) c)
                ? String.format("\\u%04x", c) : Character.toString(c)));
        return out.toString();
    }
}
