package org.qunbook.write;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FilePartsTest {

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void partsAreTheSameBytesHoweverTheyAreCut() {
        List<byte[]> whole = List.of(bytes("window.x = {\"index\":[1,2]};\n"));
        assertThat(FileParts.sameBytes(whole, List.of(bytes("window.x = {"), bytes("\"index\":[1,2]"), bytes("};\n"))))
                .isTrue();
        assertThat(FileParts.sameBytes(whole, List.of(bytes("window.x = {\"index\":[1,3]};\n")))).isFalse();
        assertThat(FileParts.sameBytes(whole, List.of(bytes("window.x")))).isFalse();
        assertThat(FileParts.sameBytes(null, whole)).isFalse();
        assertThat(FileParts.sameBytes(List.of(), List.of(new byte[0]))).isTrue();
    }

    @Test
    void writesThePartsOneAfterTheOther(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("search-data.js");
        FileParts.write(file, List.of(bytes("社群"), new byte[0], bytes("运营")));
        assertThat(Files.readString(file)).isEqualTo("社群运营");
    }
}
