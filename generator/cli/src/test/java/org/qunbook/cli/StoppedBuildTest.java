package org.qunbook.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A build stopped from outside (Ctrl-C in a terminal, a CI job cancelled: SIGINT or SIGTERM) leaves
 * the previous site as it was and no hidden staging folder next to it.
 */
class StoppedBuildTest {

    @TempDir
    Path dir;

    @Test
    void aBuildStoppedWhileWritingLeavesThePreviousSiteAndNoStagingFolder() throws Exception {
        Path content = Files.createDirectories(dir.resolve("content/guide"));
        Files.writeString(dir.resolve("content/qunbook.yml"), "title: 停下的构建\n");
        Path output = dir.resolve("public");
        Files.createDirectories(output);
        Files.writeString(output.resolve("index.html"), "<p>the previous site</p>");
        // Enough pages that the build is still rendering when it is stopped.
        for (int i = 0; i < 4000; i++) {
            Files.writeString(content.resolve("p" + i + ".md"), "---\ntitle: 第" + i + "页\n---\n"
                    + "社群运营的第" + i + "页，讲欢迎语、群公告和活动预告。\n\n## 小节\n\n更多内容。\n".repeat(3));
        }
        Process build = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), Main.class.getName(), "build", "-q",
                "-s", dir.resolve("content").toString(), "-o", output.toString())
                .redirectErrorStream(true).redirectOutput(dir.resolve("build.log").toFile()).start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (staging().isEmpty() && build.isAlive() && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        assertThat(staging()).as("the build began writing before it ended").isNotEmpty();
        build.destroy(); // SIGTERM, as a cancelled CI job or kill
        assertThat(build.waitFor(60, TimeUnit.SECONDS)).isTrue();

        assertThat(build.exitValue()).as("stopped, not finished: " + Files.readString(dir.resolve("build.log")))
                .isNotZero();
        assertThat(staging()).as("no staging folder left").isEmpty();
        assertThat(Files.readString(output.resolve("index.html"))).isEqualTo("<p>the previous site</p>");
    }

    private List<Path> staging() throws Exception {
        try (Stream<Path> siblings = Files.list(dir)) {
            return siblings.filter(p -> p.getFileName().toString().startsWith(".public.building-")).toList();
        }
    }
}
