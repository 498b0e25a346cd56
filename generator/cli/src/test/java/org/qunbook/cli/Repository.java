package org.qunbook.cli;

import java.nio.file.Files;
import java.nio.file.Path;

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
}
