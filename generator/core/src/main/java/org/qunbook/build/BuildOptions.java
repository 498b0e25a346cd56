package org.qunbook.build;

import java.nio.file.Path;
import java.util.Optional;
import org.qunbook.plugin.PluginPath;

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
 * @param pluginPath  plugin jars and folders of jars beyond {@code classLoader} (the site's
 *                    {@code plugin_path} is added to them), and how the user adds more
 * @param workingDir  where the user stands: problems name files relative to it when they are under
 *                    it, absolute otherwise, so every path printed works from there
 */
public record BuildOptions(Path source, Path output, boolean serving, boolean strict, Optional<Path> themeDir,
                           Optional<String> baseUrl, ClassLoader classLoader, boolean write, boolean indexSizes,
                           PluginPath pluginPath, Path workingDir) {

    public static BuildOptions of(Path source, Path output) {
        return new BuildOptions(source, output, false, false, Optional.empty(), Optional.empty(),
                BuildOptions.class.getClassLoader(), true, true, PluginPath.none(),
                // Tools set the user's folder; for a site built from code, its root (content's parent).
                Optional.ofNullable(source.toAbsolutePath().normalize().getParent()).orElse(Path.of("/")));
    }

    public BuildOptions withWrite(boolean value) {
        return new BuildOptions(source, output, serving, strict, themeDir, baseUrl, classLoader, value, indexSizes, pluginPath, workingDir);
    }

    public BuildOptions withClassLoader(ClassLoader value) {
        return new BuildOptions(source, output, serving, strict, themeDir, baseUrl, value, write, indexSizes, pluginPath, workingDir);
    }

    public BuildOptions withStrict(boolean value) {
        return new BuildOptions(source, output, serving, value, themeDir, baseUrl, classLoader, write, indexSizes, pluginPath, workingDir);
    }

    public BuildOptions withServing(boolean value) {
        return new BuildOptions(source, output, value, strict, themeDir, baseUrl, classLoader, write, indexSizes, pluginPath, workingDir);
    }

    public BuildOptions withThemeDir(Optional<Path> value) {
        return new BuildOptions(source, output, serving, strict, value, baseUrl, classLoader, write, indexSizes, pluginPath, workingDir);
    }

    public BuildOptions withBaseUrl(Optional<String> value) {
        return new BuildOptions(source, output, serving, strict, themeDir, value, classLoader, write, indexSizes, pluginPath, workingDir);
    }

    public BuildOptions withPluginPath(PluginPath value) {
        return new BuildOptions(source, output, serving, strict, themeDir, baseUrl, classLoader, write, indexSizes,
                value, workingDir);
    }

    public BuildOptions withWorkingDir(Path value) {
        return new BuildOptions(source, output, serving, strict, themeDir, baseUrl, classLoader, write, indexSizes,
                pluginPath, value.toAbsolutePath().normalize());
    }

    public BuildOptions withIndexSizes(boolean value) {
        return new BuildOptions(source, output, serving, strict, themeDir, baseUrl, classLoader, write, value, pluginPath, workingDir);
    }
}
