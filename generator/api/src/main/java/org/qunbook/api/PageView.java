package org.qunbook.api;

import org.jsoup.nodes.Element;

/**
 * A page with its content, as the hooks before render see it ({@link SitePlugin#contentLoaded},
 * {@link SitePlugin#addPages}, {@link SitePlugin#transform}).
 *
 * <p>{@link #content()} is the page's parsed Markdown as a jsoup element (the body of the
 * page, without the theme). It is the same element {@link SitePlugin#transform} later rewrites:
 * read it in {@code contentLoaded}, change it only in {@code transform}. The render stage takes it
 * and releases it, so a one-off build never holds the site's documents all at once: after render
 * {@code content()} throws {@link IllegalStateException} ("the page's content was released after
 * render..."), never an empty element. The hooks after render therefore get {@link PageInfo}.
 */
public interface PageView extends PageInfo {

    /**
     * The content. Elements that came from Markdown (headings, paragraphs, list items, tables,
     * code blocks, links, images) carry a {@code data-source-line} attribute until the end of
     * the plugin transforms: pass it to {@link #bodyPosition(int)} to report a problem at its line.
     */
    Element content();
}
