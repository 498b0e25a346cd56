package org.qunbook.render;

import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Rendered pages kept between the builds of {@code qunbook serve}. A template's output depends
 * only on its model (templates cannot reach anything else), so a page whose model equals the
 * previous build's, under an unchanged site model, is not rendered again. This is what makes a
 * one-page edit re-render just the pages that show something of it: the page itself, pages that
 * list or link it (their model holds its title), pages whose transformed content changed (a
 * glossary term's definition, a "used in" list). Template changes drop the memo.
 */
public final class RenderMemo {

    private record Entry(String template, String root, Map<String, Object> model, RenderedFile file) {
    }

    /**
     * A memo that remembers nothing, for one-off builds: nothing would read it, and it would hold
     * every page twice (its model and its HTML) until the build ends.
     */
    public static RenderMemo none() {
        return new RenderMemo(false);
    }

    private final boolean remembering;
    private volatile Object site;
    private volatile Map<String, Entry> entries = new ConcurrentHashMap<>();
    private Map<String, Entry> next = new ConcurrentHashMap<>();
    private volatile boolean siteUnchanged;
    private final java.util.concurrent.atomic.AtomicInteger reused = new java.util.concurrent.atomic.AtomicInteger();

    public RenderMemo() {
        this(true);
    }

    private RenderMemo(boolean remembering) {
        this.remembering = remembering;
    }

    /** Starts a build with this site model and these UI strings. */
    synchronized void begin(SiteModel siteModel, Map<String, String> messages) {
        Object key = java.util.List.of(siteModel, messages);
        siteUnchanged = key.equals(site);
        site = key;
        next = new ConcurrentHashMap<>();
        reused.set(0);
    }

    RenderedFile find(String outputPath, String template, String root, Map<String, Object> model) {
        if (!siteUnchanged) {
            return null;
        }
        Entry entry = entries.get(outputPath);
        if (entry != null && entry.template.equals(template) && entry.root.equals(root) && entry.model.equals(model)) {
            next.put(outputPath, entry);
            reused.incrementAndGet();
            return entry.file;
        }
        return null;
    }

    void remember(String outputPath, String template, String root, Map<String, Object> model, RenderedFile file) {
        if (!remembering) {
            return;
        }
        next.put(outputPath, new Entry(template, root, Map.copyOf(model), Objects.requireNonNull(file)));
    }

    /** Ends a build: what it rendered is what the next build compares with. */
    synchronized void end() {
        entries = next;
    }

    /** How many pages the last build took from the memo. */
    public int reused() {
        return reused.get();
    }

    public synchronized void clear() {
        site = null;
        entries = new ConcurrentHashMap<>();
    }
}
