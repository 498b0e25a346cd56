package org.qunbook.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.qunbook.api.Problem;
import org.qunbook.build.Build;
import org.qunbook.build.BuildOptions;
import org.qunbook.build.BuildResult;

/**
 * Every pathological input, at cmark's size, builds or is refused with errors that name the page;
 * no exception or error escapes the build. The timeout is generous (the benchmark measures time:
 * {@link Pathological}); it is here so that a regression fails instead of hanging CI.
 */
class PathologicalInputsTest {

    @TempDir
    Path dir;

    static Stream<PathologicalInputs.Case> cases() {
        return PathologicalInputs.all().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void buildsOrIsRefusedNamingThePage(PathologicalInputs.Case c) throws Exception {
        Path handbook = Path.of(System.getProperty("qunbook.content", "../content"));
        Path page = PathologicalInputs.writeSite(dir, handbook, c, c.size());
        String shown = "content/" + c.type() + "/p.md";
        BuildResult result = assertTimeoutPreemptively(Duration.ofSeconds(120), () ->
                new Build(BuildOptions.of(dir.resolve("content"), dir.resolve("public"))).run());
        if (result.written()) {
            assertThat(dir.resolve("public/" + c.type() + "/p/index.html")).exists();
        } else {
            assertThat(result.problems()).filteredOn(Problem::isError).isNotEmpty()
                    .allSatisfy(p -> assertThat(p.format()).startsWith(shown + ":"));
            assertThat(Files.exists(dir.resolve("public"))).isFalse();
        }
        assertThat(page).exists();
    }
}
