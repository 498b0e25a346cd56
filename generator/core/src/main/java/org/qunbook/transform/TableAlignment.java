package org.qunbook.transform;

import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/**
 * Replaces the obsolete {@code align} attribute flexmark puts on table cells with a class
 * ({@code align-center}); an inline {@code style} would be blocked by the theme's CSP.
 */
final class TableAlignment {

    private static final Evaluator ALIGNED_CELLS = QueryParser.parse("th[align], td[align]");

    void apply(Element content) {
        for (Element cell : content.select(ALIGNED_CELLS)) {
            cell.addClass("align-" + cell.attr("align")).removeAttr("align");
        }
    }
}
