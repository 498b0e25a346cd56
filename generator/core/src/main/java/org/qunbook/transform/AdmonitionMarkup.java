package org.qunbook.transform;

import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/**
 * Turns flexmark's admonition markup (which references SVG icons the page does not have) into a
 * plain {@code <aside class="admonition tip">} with a title paragraph, styled by the theme.
 */
final class AdmonitionMarkup {

    private static final Evaluator HIDDEN_ICONS = QueryParser.parse("svg.adm-hidden");
    private static final Evaluator ADMONITIONS = QueryParser.parse("div.adm-block");
    private static final Evaluator HEADING_CHILD = QueryParser.parse("> .adm-heading");
    private static final Evaluator BODY_CHILD = QueryParser.parse("> .adm-body");

    private final java.util.function.Function<String, String> defaultTitle;

    /** @param defaultTitle the UI title for a kind ({@code tip} → {@code 提示}) when none is given */
    AdmonitionMarkup(java.util.function.Function<String, String> defaultTitle) {
        this.defaultTitle = defaultTitle;
    }

    void apply(Element content) {
        content.select(HIDDEN_ICONS).remove();
        for (Element block : content.select(ADMONITIONS)) {
            String kind = "note";
            for (String cls : block.classNames()) {
                if (cls.startsWith("adm-") && !cls.equals("adm-block") && !cls.startsWith("adm-collapsed")
                        && !cls.startsWith("adm-open")) {
                    kind = cls.substring(4);
                }
            }
            Element heading = block.selectFirst(HEADING_CHILD);
            String title = heading == null ? "" : heading.text().strip();
            Element body = block.selectFirst(BODY_CHILD);
            Element aside = new Element("aside").addClass("admonition").addClass(kind).attr("role", "note");
            aside.appendElement("p").addClass("admonition-title")
                    .text(title.isEmpty() || title.equalsIgnoreCase(kind) ? defaultTitle.apply(kind) : title);
            if (body != null) {
                aside.appendChildren(new java.util.ArrayList<>(body.childNodes()));
            }
            block.replaceWith(aside);
        }
    }
}
