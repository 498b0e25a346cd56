package org.qunbook.build;

import java.nio.file.Path;
import java.util.Optional;

/**
 * What to build and how.
 *
 * @param source      the content folder (holding {@code qunbook.yml})
 * @param output      the output folder
 * @param serving     true under {@code serve}: drafts are built and marked
 * @param strict      warnings fail the build
 * @param themeDir    a theme folder to use instead of the one on the class path
 * @param baseUrl     overrides {@code base_url}
 * @param classLoader where plugins and the theme are found
 * @param write       false to run every check without writing anything ({@code qunbook check})
 */
public record BuildOptions(Path source, Path output, boolean serving, boolean strict, Optional<Path> themeDir,
                           Optional<String> baseUrl, ClassLoader classLoader, boolean write) {

    public static BuildOptions of(Path source, Path output) {
        return new BuildOptions(source, output, false, false, Optional.empty(), Optional.empty(),
                BuildOptions.class.getClassLoader(), true);
    }

    public BuildOptions withWrite(boolean value) {
        return new BuildOptions(source, output, serving, strict, themeDir, baseUrl, classLoader, value);
    }

    public BuildOptions withClassLoader(ClassLoader value) {
        return new BuildOptions(source, output, serving, strict, themeDir, baseUrl, value, write);
    }

    public BuildOptions withStrict(boolean value) {
        return new BuildOptions(source, output, serving, value, themeDir, baseUrl, classLoader, write);
    }

    public BuildOptions withServing(boolean value) {
        return new BuildOptions(source, output, value, strict, themeDir, baseUrl, classLoader, write);
    }

    public BuildOptions withThemeDir(Optional<Path> value) {
        return new BuildOptions(source, output, serving, strict, value, baseUrl, classLoader, write);
    }

    public BuildOptions withBaseUrl(Optional<String> value) {
        return new BuildOptions(source, output, serving, strict, themeDir, value, classLoader, write);
    }
}
