package org.qunbook.write;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StagedOutputTest {

    @TempDir
    Path dir;

    @Test
    void aCommitSwapsTheSiteInWholeAndLeavesNothingBeside() throws Exception {
        Path output = dir.resolve("public");
        Files.createDirectories(output);
        Files.writeString(output.resolve("index.html"), "old");
        try (StagedOutput staged = StagedOutput.begin(output)) {
            staged.write("index.html", List.of("new".getBytes()), "test");
            assertThat(Files.readString(output.resolve("index.html"))).as("before the commit").isEqualTo("old");
            staged.commit();
        }
        assertThat(Files.readString(output.resolve("index.html"))).isEqualTo("new");
        assertThat(siblings()).containsExactly("public");
    }

    @Test
    void aPreviousSiteASwapCouldNotDeleteIsDeletedByTheNextBuild() throws Exception {
        Path output = dir.resolve("public");
        Files.createDirectories(output);
        Path left = Files.createDirectories(dir.resolve(".public.old-12345/guide"));
        Files.writeString(left.resolve("index.html"), "older");
        Files.createDirectories(dir.resolve(".other.old-1"));
        try (StagedOutput staged = StagedOutput.begin(output)) {
            staged.write("index.html", List.of("new".getBytes()), "test");
            staged.commit();
        }
        assertThat(siblings()).as("another output's leftovers are not this build's").containsExactly(".other.old-1", "public");
    }

    @Test
    void aBuildThatDoesNotCommitLeavesTheSiteAsItWas() throws Exception {
        Path output = dir.resolve("public");
        Files.createDirectories(output);
        Files.writeString(output.resolve("index.html"), "old");
        try (StagedOutput staged = StagedOutput.begin(output)) {
            staged.write("index.html", List.of("new".getBytes()), "test");
        }
        assertThat(Files.readString(output.resolve("index.html"))).isEqualTo("old");
        assertThat(siblings()).containsExactly("public");
    }

    private List<String> siblings() throws Exception {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
