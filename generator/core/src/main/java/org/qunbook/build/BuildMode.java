package org.qunbook.build;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.qunbook.api.HanziOrder;
import org.qunbook.config.SiteConfig;
import org.qunbook.parse.MarkdownHtml;
import org.qunbook.plugin.PluginJars;
import org.qunbook.render.RenderedFile;
import org.qunbook.render.SiteRenderer;
import org.qunbook.site.ContentPage;
import org.qunbook.site.Page;
import org.qunbook.theme.Theme;

/**
 * How a build keeps and writes what its stages make, chosen once per build: a one-off build
 * ({@link OneOffMode}) streams pages into a staging folder and frees each page's document once it is
 * rendered; {@code check} ({@link CheckMode}) writes nothing; {@code serve} ({@link ServeMode}) keeps
 * renderings between builds, writes only what changed, writes the search index after the pages and
 * remembers the stages for the next {@link QuickRender}. The stages themselves are the same for all.
 * One instance serves one build.
 */
sealed interface BuildMode permits OneOffMode, CheckMode, ServeMode {

    /** @param cache null but under {@code serve} */
    static BuildMode of(BuildOptions options, BuildCache cache, StageRunner stages) {
        if (!options.run().write()) {
            return new CheckMode(stages);
        }
        return cache == null ? new OneOffMode(options, stages) : new ServeMode(options, cache, stages);
    }

    /** The plugin path's class loader for this build. */
    PluginJars pluginJars(List<Path> jars, ClassLoader parent);

    /** Markdown renderings by text kept from the last build, for the parse stage; empty if none are kept. */
    default Optional<Map<String, MarkdownHtml>> markdownHtml() {
        return Optional.empty();
    }

    default SiteRenderer renderer(SiteConfig site, Theme theme, Map<String, String> messages, HanziOrder pinyin)
            throws java.io.IOException {
        return new SiteRenderer(site, theme, messages, pinyin);
    }

    /** Before the render stage: opens the output pages are written into as they are rendered, if any. */
    default void open(SiteWriter writer) throws BuildFailed {
    }

    /** Takes each rendered file (from the render stage's threads). */
    void page(RenderedFile file);

    /**
     * After the render stage: runs the index stage, stops on errors, and writes the site.
     *
     * @return how many files the site has, or empty if this mode writes nothing
     */
    OptionalInt write(SearchStage search, SiteWriter writer) throws BuildFailed;

    /** After a build that wrote the site, with the stages that made its pages. */
    default void built(PageStages stages, List<ContentPage> pages) {
    }

    /** When the build ends, written or not: releases what the mode opened for it. */
    void close(boolean written);
}
