package org.qunbook.search;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Remembering one-character normalisations must not change what any text normalises to. */
class NormalizedTextTest {

    private static final ScriptFolding FOLDING = ScriptFolding.openCc();

    @Test
    void everyBmpCharacterNormalisesAsTheJdkNormaliserDoesIt() {
        StringBuilder text = new StringBuilder();
        for (int c = 0; c < 0x10000; c++) {
            if (!Character.isSurrogate((char) c)) {
                text.append('x').append((char) c);
            }
        }
        text.append("e\u0301 社群，運營！ＡＢＣ①㍿ 𠮷");
        int[][] expected = reference(text.toString());
        for (int pass = 0; pass < 2; pass++) { // the second pass reads what the first remembered
            NormalizedText normalized = NormalizedText.of(text.toString(), FOLDING);
            assertEquals(expected[0].length, normalized.size());
            int[] codePoints = new int[normalized.size()];
            int[] starts = new int[normalized.size()];
            int[] ends = new int[normalized.size()];
            for (int i = 0; i < normalized.size(); i++) {
                codePoints[i] = normalized.codePoint(i);
                starts[i] = normalized.start(i);
                ends[i] = normalized.end(i);
            }
            assertArrayEquals(expected[0], codePoints);
            assertArrayEquals(expected[1], starts);
            assertArrayEquals(expected[2], ends);
        }
    }

    /** The chunked NFKC of the class comment, without shortcuts: code points, starts, ends. */
    private static int[][] reference(String text) {
        List<int[]> out = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            int start = i;
            i += Character.charCount(text.codePointAt(i));
            while (i < text.length() && CharClass.isMark(text.codePointAt(i))) {
                i += Character.charCount(text.codePointAt(i));
            }
            int end = i;
            Normalizer.normalize(text.substring(start, end), Normalizer.Form.NFKC).toLowerCase(Locale.ROOT)
                    .codePoints().forEach(cp -> out.add(new int[] {FOLDING.fold(cp), start, end}));
        }
        int[][] columns = new int[3][out.size()];
        for (int k = 0; k < out.size(); k++) {
            for (int column = 0; column < 3; column++) {
                columns[column][k] = out.get(k)[column];
            }
        }
        return columns;
    }
}
