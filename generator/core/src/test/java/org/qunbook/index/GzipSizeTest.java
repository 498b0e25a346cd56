package org.qunbook.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;

class GzipSizeTest {

    @Test
    void countsWhatGzipOutputStreamWritesForTheConcatenatedParts() throws IOException {
        StringBuilder json = new StringBuilder();
        Random random = new Random(7);
        for (int i = 0; i < 200_000; i++) {
            json.append("[\"社群").append((char) ('一' + random.nextInt(400))).append("\",{\"_index\":").append(i)
                    .append(",\"body\":{\"").append(Integer.toString(random.nextInt(2000), 36)).append("\":{}}}],");
        }
        byte[] bytes = json.toString().getBytes(StandardCharsets.UTF_8);
        int cut = bytes.length / 3;

        assertThat(GzipSize.inBackground(List.of(bytes)).join()).isEqualTo(gzipped(bytes));
        assertThat(GzipSize.of(List.of(Arrays.copyOfRange(bytes, 0, cut), Arrays.copyOfRange(bytes, cut, bytes.length))))
                .isEqualTo(gzipped(bytes));
        assertThat(GzipSize.of(List.of())).isEqualTo(gzipped(new byte[0]));
    }

    private static long gzipped(byte[] bytes) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(out)) {
            gzip.write(bytes);
        }
        return out.size();
    }
}
