package org.qunbook.transform;

import java.util.List;
import org.qunbook.plugin.PluginPageOutput;
import org.qunbook.site.Page;

/**
 * A page ready for its template.
 *
 * @param page  the page, its content final (links rewritten, anchors added)
 * @param toc   headings for the on-page table of contents
 * @param stats length and reading time
 * @param text  the text a reader reads (for search)
 * @param plugins what plugins made for the page outside its content (page data, slots)
 */
public record TransformedPage(Page page, List<TocEntry> toc, TextStats stats, ReadableText text,
                              PluginPageOutput plugins) {

    public TransformedPage {
        toc = List.copyOf(toc);
    }

    public TransformedPage(Page page, List<TocEntry> toc, TextStats stats, ReadableText text) {
        this(page, toc, stats, text, PluginPageOutput.NONE);
    }

    /**
     * The final content as HTML, made when asked (by the render stage) rather than kept: a site's
     * worth of HTML strings next to its documents was a fifth of a 10,000-page build's memory.
     */
    public String contentHtml() {
        return page.content().html();
    }
}
