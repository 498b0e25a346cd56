package org.qunbook.search;

import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.io.SerializedString;

/**
 * JSON.stringify's string escaping: {@code "} and {@code \} and the five short forms as Jackson
 * does, but the other control characters as <code>&#92;u00xx</code> in lower case (Jackson writes upper case).
 * Everything else, {@code /}, U+007F, U+2028 and non-ASCII included, is written raw.
 */
final class JsStringEscapes extends CharacterEscapes {
    private static final long serialVersionUID = 1L;
    private static final SerializedString[] CONTROL = new SerializedString[0x20];

    static {
        for (int c = 0; c < CONTROL.length; c++) {
            CONTROL[c] = new SerializedString(String.format("\\u%04x", c));
        }
    }

    private final int[] asciiEscapes;

    JsStringEscapes() {
        int[] escapes = standardAsciiEscapesForJSON();
        for (int c = 0; c < 0x20; c++) {
            if (escapes[c] == ESCAPE_STANDARD) { // the short forms \b \t \n \f \r hold their letter instead
                escapes[c] = ESCAPE_CUSTOM;
            }
        }
        this.asciiEscapes = escapes;
    }

    @Override
    public int[] getEscapeCodesForAscii() {
        return asciiEscapes.clone();
    }

    @Override
    public SerializableString getEscapeSequence(int ch) {
        return ch >= 0 && ch < CONTROL.length ? CONTROL[ch] : null;
    }
}
