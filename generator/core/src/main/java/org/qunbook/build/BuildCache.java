package org.qunbook.build;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.qunbook.render.RenderMemo;
import org.qunbook.write.LiveOutput;

/**
 * What {@code qunbook serve} keeps from one build to the next so that a save rebuilds
 * incrementally: each page's Markdown rendering (by its text), each rendered page (by its model,
 * see {@link RenderMemo}), and what is already in the output folder (see {@link LiveOutput}).
 * Every stage still runs over the whole site, so cross-page effects (links, glossary, lists,
 * the search index) are never stale; only work whose inputs are unchanged is skipped.
 *
 * <p>{@link #invalidate()} when something other than page content changed (the config, the
 * theme, a plugin), since those change what the cached results were made with.
 */
public final class BuildCache {

    final Map<String, String> markdownHtml = new ConcurrentHashMap<>();
    final RenderMemo renders = new RenderMemo();
    final LiveOutput.State output = new LiveOutput.State();

    private volatile Runnable onPagesWritten = () -> { };

    /**
     * Called when an incremental build has written its pages, before the search index: the
     * moment open pages can reload.
     */
    public void onPagesWritten(Runnable listener) {
        onPagesWritten = listener;
    }

    void pagesWritten() {
        onPagesWritten.run();
    }

    public void invalidate() {
        markdownHtml.clear();
        renders.clear();
        output.invalidate();
    }

    /** How many pages the last build took unchanged from the previous one. */
    public int reusedRenders() {
        return renders.reused();
    }
}
