package org.qunbook.transform;

import java.util.List;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/**
 * The text a reader reads on a page: without permalink signs, tooltips (a glossary definition
 * shown on hover is not part of the page), controls and anything marked
 * {@code data-search-exclude}. Used for the length, the reading time and the search index.
 *
 * @param text     the page's text
 * @param headings the text of its h2–h6 headings
 */
public record ReadableText(String text, List<String> headings) {

    private static final Evaluator SUBHEADINGS = QueryParser.parse("h2, h3, h4, h5, h6");

    // Parsed once: jsoup parses a selector string again at every select().
    private static final Evaluator NOT_CONTENT = QueryParser.parse(".heading-anchor, [role=tooltip], "
            + "[data-search-exclude], button, select, script, style, svg, template");

    static ReadableText of(Element content) {
        Element clone = content.clone();
        clone.select(NOT_CONTENT).remove();
        return new ReadableText(clone.text(), clone.select(SUBHEADINGS).eachText());
    }
}
