package org.qunbook.transform;

import java.util.List;
import org.qunbook.plugin.PluginPageOutput;
import org.qunbook.site.ContentHandle;
import org.qunbook.site.Page;

/**
 * A page ready for its template.
 *
 * @param page    the page's facts
 * @param content its final content (links rewritten, anchors added), for the render stage to take
 * @param toc     headings for the on-page table of contents
 * @param stats   length and reading time
 * @param text    the text a reader reads (for search)
 * @param plugins what plugins made for the page outside its content (page data, slots)
 */
public record TransformedPage(Page page, ContentHandle content, List<TocEntry> toc, TextStats stats,
                              ReadableText text, PluginPageOutput plugins) {

    public TransformedPage {
        toc = List.copyOf(toc);
    }

    public TransformedPage(Page page, ContentHandle content, List<TocEntry> toc, TextStats stats, ReadableText text) {
        this(page, content, toc, stats, text, PluginPageOutput.NONE);
    }

    /**
     * The final content as HTML, made when the render stage asks rather than kept (a site's worth of
     * HTML strings next to its documents was a fifth of a 10,000-page build's memory). It takes the
     * content: the document is released, and a second call refuses.
     */
    public String contentHtml() {
        return content.take().html();
    }
}
