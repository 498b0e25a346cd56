package org.qunbook.search;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * JSON text as {@code JSON.stringify} writes it, encoded straight to UTF-8 bytes: the index is
 * written once, with no String of it ever made. Bytes are kept in parts of about a megabyte, so
 * growing never copies what is already written, and {@link #parts()} hands them over as they are.
 *
 * <p>Strings are escaped like JSON.stringify: {@code "} and {@code \}, the short forms {@code \b \t
 * \n \f \r}, other control characters as <code>&#92;u00xx</code> in lower case; everything else,
 * {@code /}, U+007F, U+2028 and characters outside the BMP included, raw. Strings must be well-formed
 * UTF-16 (the index's records check it), since JSON.stringify would escape a lone surrogate.
 */
final class JsonBytes {
    private static final int CHUNK = 1 << 20;
    private static final byte[] HEX = "0123456789abcdef".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

    /** The parts before {@code chunk}, each trimmed to its length. */
    private final List<byte[]> full = new ArrayList<>();
    private byte[] chunk;
    private int pos;
    private long size;

    JsonBytes(int firstChunk) {
        this.chunk = new byte[Math.max(64, Math.min(firstChunk, CHUNK))];
    }

    /** One ASCII character of JSON syntax ({@code [ { , :} …). */
    JsonBytes ascii(char c) {
        room(1);
        chunk[pos++] = (byte) c;
        return this;
    }

    /** ASCII text as it is: syntax or already escaped keys such as {@code "_index":}. */
    JsonBytes ascii(String text) {
        room(text.length());
        for (int i = 0; i < text.length(); i++) {
            chunk[pos++] = (byte) text.charAt(i);
        }
        return this;
    }

    /** Bytes made by {@link #escaped(String)} or another JsonBytes. */
    JsonBytes bytes(byte[] bytes) {
        room(bytes.length);
        if (bytes.length <= 16) { // refs and field names: a loop beats arraycopy's setup
            for (byte b : bytes) {
                chunk[pos++] = b;
            }
        } else {
            System.arraycopy(bytes, 0, chunk, pos, bytes.length);
            pos += bytes.length;
        }
        return this;
    }

    /** {@code value} as a quoted JSON string. */
    JsonBytes string(String value) {
        ascii('"');
        for (int i = 0; i < value.length(); i++) {
            room(6);
            char c = value.charAt(i);
            if (c >= 0x80) {
                if (Character.isHighSurrogate(c) && i + 1 < value.length()) {
                    int cp = Character.toCodePoint(c, value.charAt(++i));
                    chunk[pos++] = (byte) (0xF0 | cp >> 18);
                    chunk[pos++] = (byte) (0x80 | (cp >> 12 & 0x3F));
                    chunk[pos++] = (byte) (0x80 | (cp >> 6 & 0x3F));
                    chunk[pos++] = (byte) (0x80 | (cp & 0x3F));
                } else if (c >= 0x800) {
                    chunk[pos++] = (byte) (0xE0 | c >> 12);
                    chunk[pos++] = (byte) (0x80 | (c >> 6 & 0x3F));
                    chunk[pos++] = (byte) (0x80 | (c & 0x3F));
                } else {
                    chunk[pos++] = (byte) (0xC0 | c >> 6);
                    chunk[pos++] = (byte) (0x80 | (c & 0x3F));
                }
            } else if (c >= 0x20 && c != '"' && c != '\\') {
                chunk[pos++] = (byte) c;
            } else {
                escape(c);
            }
        }
        return ascii('"');
    }

    private void escape(char c) {
        chunk[pos++] = '\\';
        switch (c) {
            case '"', '\\' -> chunk[pos++] = (byte) c;
            case '\b' -> chunk[pos++] = 'b';
            case '\t' -> chunk[pos++] = 't';
            case '\n' -> chunk[pos++] = 'n';
            case '\f' -> chunk[pos++] = 'f';
            case '\r' -> chunk[pos++] = 'r';
            default -> {
                chunk[pos++] = 'u';
                chunk[pos++] = '0';
                chunk[pos++] = '0';
                chunk[pos++] = HEX[c >> 4];
                chunk[pos++] = HEX[c & 0xF];
            }
        }
    }

    /** An integer, as JS prints it. */
    JsonBytes number(long value) {
        room(20);
        if (value < 0) {
            chunk[pos++] = '-';
            value = -value; // no index number comes near Long.MIN_VALUE
        }
        if (value <= Integer.MAX_VALUE) {
            digits((int) value); // int division is the cheaper; term numbers and positions are ints
            return this;
        }
        int digits = 1;
        for (long rest = value / 10; rest > 0; rest /= 10) {
            digits++;
        }
        for (int i = pos + digits - 1; i >= pos; i--) {
            chunk[i] = (byte) ('0' + value % 10);
            value /= 10;
        }
        pos += digits;
        return this;
    }

    private void digits(int value) {
        int digits = 1;
        for (int bound = 10; digits < 10 && value >= bound; bound *= 10) {
            digits++;
        }
        for (int i = pos + digits - 1; i >= pos; i--) {
            chunk[i] = (byte) ('0' + value % 10);
            value /= 10;
        }
        pos += digits;
    }

    /**
     * The number {@code thousandths / 1000} as JS prints it: {@code 4}, {@code 0}, {@code 11.36},
     * {@code -0.001}. That is the shortest decimal of the double, exact for |value| below 1e9,
     * where doubles are far denser than thousandths.
     */
    JsonBytes thousandths(long thousandths) {
        if (thousandths < 0) {
            ascii('-');
            thousandths = -thousandths;
        }
        number(thousandths / 1000);
        int fraction = (int) (thousandths % 1000);
        if (fraction != 0) {
            room(4);
            chunk[pos++] = '.';
            chunk[pos++] = (byte) ('0' + fraction / 100);
            if (fraction % 100 != 0) {
                chunk[pos++] = (byte) ('0' + fraction / 10 % 10);
                if (fraction % 10 != 0) {
                    chunk[pos++] = (byte) ('0' + fraction % 10);
                }
            }
        }
        return this;
    }

    /** The JSON string's content without the quotes, to paste between others (refs into field refs). */
    static byte[] escaped(String value) {
        byte[] quoted = new JsonBytes(value.length() * 3 + 2).string(value).toByteArray();
        return Arrays.copyOfRange(quoted, 1, quoted.length - 1);
    }

    /** Appends what {@code other} holds, its parts as they are (no copy of a full part). */
    JsonBytes append(JsonBytes other) {
        if (pos > 0) {
            full.add(Arrays.copyOf(chunk, pos));
            size += pos;
            pos = 0;
        }
        for (byte[] part : other.parts()) {
            if (part.length > 0) {
                full.add(part);
                size += part.length;
            }
        }
        return this;
    }

    long size() {
        return size + pos;
    }

    /** The text so far, one part after the other (none empty, except an empty text's one part). */
    List<byte[]> parts() {
        List<byte[]> parts = new ArrayList<>(full);
        if (pos > 0 || parts.isEmpty()) {
            parts.add(Arrays.copyOf(chunk, pos));
        }
        return parts;
    }

    byte[] toByteArray() {
        if (full.isEmpty()) {
            return Arrays.copyOf(chunk, pos);
        }
        if (size() > Integer.MAX_VALUE - 8) {
            throw new IllegalStateException("JSON text over 2 GB");
        }
        byte[] all = new byte[(int) size()];
        int at = 0;
        for (byte[] part : parts()) {
            System.arraycopy(part, 0, all, at, part.length);
            at += part.length;
        }
        return all;
    }

    void writeTo(OutputStream out) throws IOException {
        for (byte[] part : full) {
            out.write(part);
        }
        out.write(chunk, 0, pos);
    }

    /** Makes sure {@code n} more bytes fit in the current chunk. */
    private void room(int n) {
        if (pos + n > chunk.length) {
            full.add(pos == chunk.length ? chunk : Arrays.copyOf(chunk, pos));
            size += pos;
            // doubling up to a megabyte: a shard of a few kilobytes never holds a megabyte chunk
            chunk = new byte[Math.max(Math.min(CHUNK, chunk.length * 2), n)];
            pos = 0;
        }
    }
}
