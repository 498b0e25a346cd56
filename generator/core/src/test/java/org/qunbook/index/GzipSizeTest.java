package org.qunbook.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;

class GzipSizeTest {

    @Test
    void countsWhatGzipOutputStreamWritesForTheConcatenatedParts() throws IOException {
        byte[] bytes = indexLikeJson(80_000, 7);
        assertThat((long) bytes.length).isLessThanOrEqualTo(GzipSize.EXACT_UP_TO);
        int cut = bytes.length / 3;

        assertThat(GzipSize.inBackground(List.of(bytes)).join()).isEqualTo(new GzipSize(gzipped(bytes), false));
        assertThat(GzipSize.of(List.of(Arrays.copyOfRange(bytes, 0, cut), Arrays.copyOfRange(bytes, cut, bytes.length))))
                .isEqualTo(new GzipSize(gzipped(bytes), false));
        assertThat(GzipSize.of(List.of())).isEqualTo(new GzipSize(gzipped(new byte[0]), false));
    }

    /** Over 4 MiB the size is estimated from samples: close to the exact size, however the bytes are split. */
    @Test
    void estimatesLargeInputsWithinAPercentWhereverThePartsAreCut() throws IOException {
        // index-like JSON, then text of another kind: the samples must cover both in proportion
        byte[] index = indexLikeJson(400_000, 11);
        byte[] text = chineseText(3_000_000, 13);
        byte[] both = new byte[index.length + text.length];
        System.arraycopy(index, 0, both, 0, index.length);
        System.arraycopy(text, 0, both, index.length, text.length);
        assertThat((long) both.length).isGreaterThan(2 * GzipSize.EXACT_UP_TO);
        long exact = gzipped(both);

        GzipSize whole = GzipSize.of(List.of(both));
        assertThat(whole.estimated()).isTrue();
        assertThat((double) whole.bytes()).isCloseTo(exact, within(exact * 0.01));

        Random random = new Random(3);
        List<byte[]> parts = new ArrayList<>();
        for (int from = 0; from < both.length; ) {
            int to = Math.min(both.length, from + 1 + random.nextInt(200_000));
            parts.add(Arrays.copyOfRange(both, from, to));
            from = to;
        }
        assertThat(GzipSize.of(parts)).isEqualTo(whole);
    }

    private static byte[] indexLikeJson(int entries, long seed) {
        StringBuilder json = new StringBuilder();
        Random random = new Random(seed);
        for (int i = 0; i < entries; i++) {
            json.append("[\"社群").append((char) ('一' + random.nextInt(400))).append("\",{\"_index\":").append(i)
                    .append(",\"body\":{\"").append(Integer.toString(random.nextInt(2000), 36)).append("\":{}}}],");
        }
        return json.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] chineseText(int characters, long seed) {
        StringBuilder text = new StringBuilder();
        Random random = new Random(seed);
        for (int i = 0; i < characters; i++) {
            text.append(random.nextInt(12) == 0 ? '，' : (char) ('一' + (int) Math.abs(random.nextGaussian() * 300)));
        }
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static long gzipped(byte[] bytes) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(out)) {
            gzip.write(bytes);
        }
        return out.size();
    }
}
