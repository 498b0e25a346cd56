package org.qunbook.parse;

import java.util.List;

/**
 * A page body's Markdown as HTML, with what the HTML policy removed from its raw HTML (kept with
 * the HTML by {@code serve}'s cache, so an unchanged page still reports its removals).
 */
public record MarkdownHtml(String html, List<HtmlRemoval> removals) {

    public MarkdownHtml {
        removals = List.copyOf(removals);
    }
}
