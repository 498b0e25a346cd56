package org.qunbook.api;

/** Argument of {@link SitePlugin#contentLoaded}. */
public interface ContentLoadedContext extends ContentContext {
}
