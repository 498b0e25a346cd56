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
 * @param indexSizes  measure the search index's gzipped size for the build summary even when the
 *                    raw index is within {@code search.budget_kb} (so the budget check needs no
 *                    gzip): false when nobody reads the summary ({@code build -q}, {@code check}),
 *                    which saves deflating the whole index (a second of CPU at 1,000 pages)
 */
public record BuildOptions(Path source, Path output, boolean serving, boolean strict, Optional<Path> themeDir,
                           Optional<String> baseUrl, ClassLoader classLoader, boolean write, boolean indexSizes) {

    public static BuildOptions of(Path source, Path output) {
        return new BuildOptions(source, output, false, false, Optional.empty(), Optional.empty(),
                BuildOptions.class.getClassLoader(), true, true);
    }

    public BuildOptions withWrite(boolean value) {
        return new BuildOptions(source, output, serving, strict, themeDir, baseUrl, classLoader, value, indexSizes);
    }

    public BuildOptions withClassLoader(ClassLoader value) {
        return new BuildOptions(source, output, serving, strict, themeDir, baseUrl, value, write, indexSizes);
    }

    public BuildOptions withStrict(boolean value) {
        return new BuildOptions(source, output, serving, value, themeDir, baseUrl, classLoader, write, indexSizes);
    }

    public BuildOptions withServing(boolean value) {
        return new BuildOptions(source, output, value, strict, themeDir, baseUrl, classLoader, write, indexSizes);
    }

    public BuildOptions withThemeDir(Optional<Path> value) {
        return new BuildOptions(source, output, serving, strict, value, baseUrl, classLoader, write, indexSizes);
    }

    public BuildOptions withBaseUrl(Optional<String> value) {
        return new BuildOptions(source, output, serving, strict, themeDir, value, classLoader, write, indexSizes);
    }

    public BuildOptions withIndexSizes(boolean value) {
        return new BuildOptions(source, output, serving, strict, themeDir, baseUrl, classLoader, write, value);
    }
}
