package org.qunbook.search;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/** Test resources on the class path (copied from the shared goldens; never read from /work/shared). */
final class TestResources {
    private TestResources() {
    }

    static String text(String name) {
        try (InputStream in = TestResources.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The module directory: surefire runs in it and also passes it as {@code basedir}. */
    static Path moduleDir() {
        return Path.of(System.getProperty("basedir", "")).toAbsolutePath();
    }

    /** Where a class-path resource of this package lives in the source tree (for golden updates). */
    static Path sourcePath(String name) {
        return moduleDir().resolve("src/test/resources/org/qunbook/search").resolve(name);
    }
}
