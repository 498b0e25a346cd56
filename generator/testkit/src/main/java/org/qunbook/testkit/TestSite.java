package org.qunbook.testkit;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.qunbook.api.Problem;
import org.qunbook.build.Build;
import org.qunbook.build.BuildOptions;
import org.qunbook.build.BuildResult;

/**
 * A mini site written from one text block, Hugo-txtar style:
 *
 * <pre>
 * -- content/qunbook.yml --
 * title: Test
 * -- content/a.md --
 * ---
 * title: A
 * ---
 * Body
 * </pre>
 *
 * Files are written under a temporary folder; {@link #build()} builds {@code content/} into
 * {@code public/} with the real pipeline and the default theme, and the plugins on the test class
 * path (the plugin under test among them). Problems name files relative to the folder
 * ({@code content/a.md:3:1}).
 */
public final class TestSite {

    /** A minimal config for sites that only need one. */
    public static final String MINIMAL_CONFIG = "-- content/qunbook.yml --\ntitle: 测试站点\n";

    private final Path root;
    private BuildResult lastResult;

    private TestSite(Path root) {
        this.root = root;
    }

    public static TestSite write(Path root, String files) {
        TestSite site = new TestSite(root);
        site.add(files);
        return site;
    }

    /** Adds or replaces files, same format as {@link #write}. */
    public TestSite add(String files) {
        String[] parts = ("\n" + files).split("\n-- ");
        for (String part : parts) {
            if (part.isBlank()) {
                continue;
            }
            int headerEnd = part.indexOf(" --\n");
            if (headerEnd < 0) {
                headerEnd = part.indexOf(" --");
            }
            String path = part.substring(0, headerEnd).strip();
            String body = part.length() > headerEnd + 4 ? part.substring(headerEnd + 4) : "";
            try {
                Path file = root.resolve(path);
                Files.createDirectories(file.getParent());
                Files.writeString(file, body, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return this;
    }

    public Path root() {
        return root;
    }

    public Path output() {
        return root.resolve("public");
    }

    public BuildResult build() {
        return build(BuildOptions.of(root.resolve("content"), output()));
    }

    public BuildResult build(BuildOptions options) {
        lastResult = new Build(options).run();
        return lastResult;
    }

    /** Builds and fails the test, listing the problems, unless the build wrote the site without problems. */
    public TestSite buildClean() {
        BuildResult result = build();
        if (!result.written() || !result.problems().isEmpty()) {
            fail("expected a clean build, got:\n" + format(result.problems()));
        }
        return this;
    }

    /** Builds and returns the problems' compiler-style lines; fails if the build succeeded. */
    public List<String> buildExpectingErrors() {
        BuildResult result = build();
        assertTrue(result.errors() > 0, "expected errors, build succeeded");
        return result.problems().stream().map(Problem::format).toList();
    }

    public String read(String outputPath) {
        try {
            return Files.readString(output().resolve(outputPath), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Document page(String url) {
        return Jsoup.parse(read(url + "index.html"));
    }

    public boolean exists(String outputPath) {
        return Files.exists(output().resolve(outputPath));
    }

    public static String format(List<Problem> problems) {
        return problems.stream().map(Problem::format).collect(Collectors.joining("\n"));
    }
}
