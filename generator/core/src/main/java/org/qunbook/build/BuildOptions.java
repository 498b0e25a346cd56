package org.qunbook.build;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import org.qunbook.plugin.PluginPath;

/**
 * What to build and how, in four parts. Made with {@link #builder} (or {@link #of} for the
 * defaults): a new option is a component of one part and a setter of the {@link Builder}, both here.
 *
 * @param folders where the site comes from and goes to
 * @param site    what the build changes about the site {@code qunbook.yml} describes
 * @param run     how the build runs: which command, how strictly, what it measures
 * @param plugins where plugins (and the theme) are found
 */
public record BuildOptions(Folders folders, Site site, Run run, Plugins plugins) {

    /**
     * @param source     the content folder (holding {@code qunbook.yml})
     * @param output     the output folder
     * @param themeDir   a theme folder to use instead of the one on the class path
     * @param workingDir where the user stands: problems name files relative to it when they are under
     *                   it, absolute otherwise, so every path printed works from there
     */
    public record Folders(Path source, Path output, Optional<Path> themeDir, Path workingDir) {
    }

    /**
     * @param baseUrl overrides {@code base_url}
     * @param drafts  pages with {@code draft: true} are built too, marked as drafts and kept out of
     *                search engines' indexes ({@code build --drafts}); always under {@code serve}
     */
    public record Site(Optional<String> baseUrl, boolean drafts) {
    }

    /**
     * @param serving    true under {@code serve}: drafts are built and marked, pages load the live
     *                   reload script, plugins are told ({@code SiteInfo.serving})
     * @param write      false to run every check without writing anything ({@code qunbook check})
     * @param strict     warnings fail the build
     * @param indexSizes measure the search index's gzipped size for the build summary even when the
     *                   raw index is within {@code search.budget_kb} (so the budget check needs no
     *                   gzip): false when nobody reads the summary ({@code build -q}, {@code check}),
     *                   which saves deflating the whole index (a second of CPU at 1,000 pages)
     */
    public record Run(boolean serving, boolean write, boolean strict, boolean indexSizes) {
    }

    /**
     * @param classLoader where plugins and the theme are found
     * @param pluginPath  plugin jars and folders of jars beyond {@code classLoader} (the site's
     *                    {@code plugin_path} is added to them), and how the user adds more
     */
    public record Plugins(ClassLoader classLoader, PluginPath pluginPath) {
    }

    /** The defaults: a one-off build that writes, with the plugins on qunbook's own class path. */
    public static BuildOptions of(Path source, Path output) {
        return builder(source, output).build();
    }

    public static Builder builder(Path source, Path output) {
        return new Builder(source, output);
    }

    /** Whether draft pages are built: when asked for, and always under {@code serve}. */
    public boolean includesDrafts() {
        return site.drafts() || run.serving();
    }

    /** Options one at a time; each setter returns the builder. */
    public static final class Builder {
        private final Path source;
        private final Path output;
        private Optional<Path> themeDir = Optional.empty();
        private Path workingDir;
        private Optional<String> baseUrl = Optional.empty();
        private boolean drafts;
        private boolean serving;
        private boolean write = true;
        private boolean strict;
        private boolean indexSizes = true;
        private ClassLoader classLoader = BuildOptions.class.getClassLoader();
        private PluginPath pluginPath = PluginPath.none();

        private Builder(Path source, Path output) {
            this.source = Objects.requireNonNull(source);
            this.output = Objects.requireNonNull(output);
            // Tools set the user's folder; for a site built from code, its root (content's parent).
            this.workingDir = Optional.ofNullable(source.toAbsolutePath().normalize().getParent()).orElse(Path.of("/"));
        }

        public Builder themeDir(Optional<Path> value) {
            themeDir = value;
            return this;
        }

        public Builder workingDir(Path value) {
            workingDir = value.toAbsolutePath().normalize();
            return this;
        }

        public Builder baseUrl(Optional<String> value) {
            baseUrl = value;
            return this;
        }

        public Builder drafts(boolean value) {
            drafts = value;
            return this;
        }

        public Builder serving(boolean value) {
            serving = value;
            return this;
        }

        public Builder write(boolean value) {
            write = value;
            return this;
        }

        public Builder strict(boolean value) {
            strict = value;
            return this;
        }

        public Builder indexSizes(boolean value) {
            indexSizes = value;
            return this;
        }

        public Builder classLoader(ClassLoader value) {
            classLoader = value;
            return this;
        }

        public Builder pluginPath(PluginPath value) {
            pluginPath = value;
            return this;
        }

        public BuildOptions build() {
            return new BuildOptions(new Folders(source, output, themeDir, workingDir), new Site(baseUrl, drafts),
                    new Run(serving, write, strict, indexSizes), new Plugins(classLoader, pluginPath));
        }
    }
}
