package org.qunbook.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import org.qunbook.build.Build;
import org.qunbook.build.BuildOptions;
import org.qunbook.build.BuildResult;
import org.qunbook.testing.TestSite;

/** The checkout the tests run in (Maven passes it as {@code qunbook.repo}). */
final class Repository {

    private Repository() {
    }

    static Path root() {
        String configured = System.getProperty("qunbook.repo");
        Path root = configured == null || configured.isBlank() ? Path.of("../..") : Path.of(configured);
        root = root.toAbsolutePath().normalize();
        if (!Files.isRegularFile(root.resolve("content/qunbook.yml"))) {
            throw new IllegalStateException("cannot find the repository's content/ from " + root);
        }
        return root;
    }

    static Path content() {
        return root().resolve("content");
    }

    private static final java.util.Map<String, Path> built = new java.util.HashMap<>();

    /** The bundled handbook, built once per test run (it takes seconds) and only read by tests. */
    static Path builtHandbook() {
        return builtHandbook("");
    }

    /**
     * The handbook built with an absolute {@code base_url} ({@code https://example.org/handbook/}),
     * as it is published: with sitemap, feed, canonical links and Open Graph tags.
     */
    static Path publishedHandbook() {
        return builtHandbook("https://example.org/handbook/");
    }

    /** The handbook's output folder; the build must have had no problem at all. */
    private static synchronized Path builtHandbook(String baseUrl) {
        return built.computeIfAbsent(baseUrl, url -> {
            try {
                Path site = Files.createTempDirectory("qunbook-handbook-").resolve("public");
                BuildOptions options = BuildOptions.builder(content(), site).strict(true)
                        .baseUrl(java.util.Optional.of(url).filter(u -> !u.isEmpty())).build();
                BuildResult result = new Build(options).run();
                if (!result.written() || !result.problems().isEmpty()) {
                    throw new AssertionError("the handbook must build without problems:\n"
                            + TestSite.format(result.problems()));
                }
                return site;
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
    }
}
