package org.qunbook.build;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import org.qunbook.parse.MarkdownHtml;
import org.qunbook.plugin.PluginJars;
import org.qunbook.render.RenderMemo;
import org.qunbook.write.LiveOutput;

/**
 * What {@code qunbook serve} keeps from one build to the next so that a save rebuilds
 * incrementally: each page's Markdown rendering (by its text), each rendered page (by its model,
 * see {@link RenderMemo}), what is already in the output folder (see {@link LiveOutput}), and the
 * last good build's stages for re-making one edited page at once ({@link QuickRender}).
 * Every stage of a rebuild still runs over the whole site, so cross-page effects (links, glossary,
 * lists, the search index) are never stale; only work whose inputs are unchanged is skipped.
 *
 * <p>{@link #invalidate()} when something other than page content changed (the config, the
 * theme, a plugin), since those change what the cached results were made with.
 */
public final class BuildCache {

    final Map<String, MarkdownHtml> markdownHtml = new ConcurrentHashMap<>();
    final RenderMemo renders = new RenderMemo();
    final LiveOutput.State output = new LiveOutput.State();
    /** The last build's stages, if it succeeded and nothing structural changed since. */
    private volatile QuickRender quick;

    private volatile Consumer<Set<String>> onPagesWritten = paths -> { };
    /** The plugin path's class loader, kept while its jars are unchanged. */
    private PluginJars pluginJars;

    /**
     * The class loader over {@code jars}: the last build's if they are the same files, unchanged;
     * otherwise a new one (a rebuilt plugin jar is picked up), the old one closed and everything
     * made with the old plugins forgotten.
     */
    synchronized PluginJars pluginJars(List<Path> jars, ClassLoader parent) {
        if (pluginJars != null && pluginJars.sameJars(jars, parent)) {
            return pluginJars;
        }
        if (pluginJars != null) {
            pluginJars.close();
            invalidate();
        }
        pluginJars = PluginJars.open(jars, parent);
        return pluginJars;
    }

    /** Releases the plugin path's open jars, when {@code serve} stops. */
    public synchronized void close() {
        if (pluginJars != null) {
            pluginJars.close();
            pluginJars = null;
        }
    }

    /**
     * Called when an incremental build has written its pages, before the search index, with the
     * output paths whose bytes changed: the moment open pages can reload.
     */
    public void onPagesWritten(Consumer<Set<String>> listener) {
        onPagesWritten = listener;
    }

    void pagesWritten(Set<String> changedPaths) {
        onPagesWritten.accept(changedPaths);
    }

    void remember(QuickRender last) {
        quick = last;
    }

    /** Re-makes edited pages from the last good build, if there is one to re-make them from. */
    public Optional<QuickRender> quickRender() {
        return Optional.ofNullable(quick);
    }

    public void invalidate() {
        markdownHtml.clear();
        renders.clear();
        output.invalidate();
        quick = null;
    }

    /** How many pages the last build took unchanged from the previous one. */
    public int reusedRenders() {
        return renders.reused();
    }
}
