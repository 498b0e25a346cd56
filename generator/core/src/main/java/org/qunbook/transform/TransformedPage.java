package org.qunbook.transform;

import java.util.List;
import org.qunbook.site.Page;

/**
 * A page ready for its template.
 *
 * @param page        the page
 * @param contentHtml its final content HTML (links rewritten, anchors added)
 * @param toc         headings for the on-page table of contents
 * @param stats       length and reading time
 * @param text        the text a reader reads (for search)
 */
public record TransformedPage(Page page, String contentHtml, List<TocEntry> toc, TextStats stats,
                              ReadableText text) {

    public TransformedPage {
        toc = List.copyOf(toc);
    }
}
