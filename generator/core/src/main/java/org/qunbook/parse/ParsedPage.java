package org.qunbook.parse;

import org.jsoup.nodes.Element;
import org.qunbook.load.SourcePage;

/**
 * A page after Markdown: its content as a jsoup element (parsed once, then shared by every
 * transform).
 *
 * @param source  the loaded page
 * @param content the rendered Markdown, as the body of a jsoup document
 * @param htmlRemovals what the HTML policy removed from the page's Markdown (reported as warnings)
 */
public record ParsedPage(SourcePage source, Element content, java.util.List<HtmlRemoval> htmlRemovals) {

    public ParsedPage(SourcePage source, Element content) {
        this(source, content, java.util.List.of());
    }
}
