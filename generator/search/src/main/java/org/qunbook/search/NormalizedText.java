package org.qunbook.search;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * The text the tokenizer sees: NFKC, lower case and script folding applied, each resulting code
 * point remembering the span of original UTF-16 units it came from (for highlighting).
 *
 * <p>Normalisation works on chunks of one code point plus its following combining marks, so
 * {@code e} + U+0301 still composes to {@code é} while every output character keeps an exact source
 * span. The browser does the same chunking; a composition across chunks (half-width kana plus a
 * separate voiced mark) is deliberately not made on either side.
 */
final class NormalizedText {
    /** {@link #ofBmpCharacter}'s memory, by character. */
    private static final AtomicReferenceArray<int[]> BMP_CHARACTERS = new AtomicReferenceArray<>(0x10000);

    private int[] codePoints;
    private int[] starts;
    private int[] ends;
    private int size;

    private NormalizedText(int capacity) {
        codePoints = new int[capacity];
        starts = new int[capacity];
        ends = new int[capacity];
    }

    static NormalizedText of(String text, ScriptFolding folding) {
        NormalizedText out = new NormalizedText(text.length() + 8);
        int i = 0;
        while (i < text.length()) {
            int start = i;
            int first = text.codePointAt(i);
            i += Character.charCount(first);
            while (i < text.length() && CharClass.isMark(text.codePointAt(i))) {
                i += Character.charCount(text.codePointAt(i));
            }
            if (i - start == Character.charCount(first) && isStable(first)) {
                // fast path for the bulk of the text, with the same result as the general one
                out.add(first >= 'A' && first <= 'Z' ? first + ('a' - 'A') : folding.fold(first), start, i);
            } else if (i - start == 1) {
                for (int cp : ofBmpCharacter(first)) {
                    out.add(folding.fold(cp), start, i);
                }
            } else {
                for (int cp : normalized(text.substring(start, i))) {
                    out.add(folding.fold(cp), start, i);
                }
            }
        }
        return out;
    }

    /** NFKC, then lower case: the code points of a chunk. */
    private static int[] normalized(String chunk) {
        return Normalizer.normalize(chunk, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT).codePoints().toArray();
    }

    /**
     * {@link #normalized} of one BMP character, remembered: Chinese text has full-width punctuation
     * every few characters, and the JDK's normaliser costs a microsecond a call.
     */
    private static int[] ofBmpCharacter(int c) {
        int[] known = BMP_CHARACTERS.getAcquire(c);
        if (known == null) {
            known = normalized(String.valueOf((char) c));
            BMP_CHARACTERS.setRelease(c, known);
        }
        return known;
    }

    /** ASCII (NFKC leaves it alone, only A-Z lower-case) and CJK Unified Ideographs (no decompositions). */
    private static boolean isStable(int cp) {
        return cp < 0x80 || (cp >= 0x4E00 && cp <= 0x9FFF);
    }

    private void add(int cp, int start, int end) {
        if (size == codePoints.length) {
            int capacity = size * 2;
            codePoints = Arrays.copyOf(codePoints, capacity);
            starts = Arrays.copyOf(starts, capacity);
            ends = Arrays.copyOf(ends, capacity);
        }
        codePoints[size] = cp;
        starts[size] = start;
        ends[size] = end;
        size++;
    }

    int size() {
        return size;
    }

    int codePoint(int i) {
        return codePoints[i];
    }

    /** First original UTF-16 unit of code point {@code i}. */
    int start(int i) {
        return starts[i];
    }

    /** Original UTF-16 unit just after code point {@code i}. */
    int end(int i) {
        return ends[i];
    }

    /** The normalised code points {@code from} (inclusive) to {@code to} (exclusive) as a string. */
    String text(int from, int to) {
        return new String(codePoints, from, to - from);
    }
}
