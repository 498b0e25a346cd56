package org.qunbook.api;

/** Argument of {@link SitePlugin#addPages}. */
public interface AddPagesContext extends ContentContext {

    /** Adds a page; its URL must be free, or the build reports a collision naming the plugin. */
    void addPage(GeneratedPage page);
}
