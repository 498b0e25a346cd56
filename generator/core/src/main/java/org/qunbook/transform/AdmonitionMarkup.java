package org.qunbook.transform;

import org.jsoup.nodes.Element;

/**
 * Turns flexmark's admonition markup (which references SVG icons the page does not have) into a
 * plain {@code <aside class="admonition tip">} with a title paragraph, styled by the theme.
 */
final class AdmonitionMarkup {

    private final java.util.function.Function<String, String> defaultTitle;

    /** @param defaultTitle the UI title for a kind ({@code tip} → {@code 提示}) when none is given */
    AdmonitionMarkup(java.util.function.Function<String, String> defaultTitle) {
        this.defaultTitle = defaultTitle;
    }

    void apply(Element content) {
        content.select("svg.adm-hidden").remove();
        for (Element block : content.select("div.adm-block")) {
            String kind = "note";
            for (String cls : block.classNames()) {
                if (cls.startsWith("adm-") && !cls.equals("adm-block") && !cls.startsWith("adm-collapsed")
                        && !cls.startsWith("adm-open")) {
                    kind = cls.substring(4);
                }
            }
            Element heading = block.selectFirst("> .adm-heading");
            String title = heading == null ? "" : heading.text().strip();
            Element body = block.selectFirst("> .adm-body");
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
