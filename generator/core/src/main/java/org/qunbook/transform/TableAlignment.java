package org.qunbook.transform;

import org.jsoup.nodes.Element;

/**
 * Replaces the obsolete {@code align} attribute flexmark puts on table cells with a class
 * ({@code align-center}); an inline {@code style} would be blocked by the theme's CSP.
 */
final class TableAlignment {

    void apply(Element content) {
        for (Element cell : content.select("th[align], td[align]")) {
            cell.addClass("align-" + cell.attr("align")).removeAttr("align");
        }
    }
}
