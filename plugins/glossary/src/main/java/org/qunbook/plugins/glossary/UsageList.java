package org.qunbook.plugins.glossary;

import java.util.List;
import java.util.function.Function;
import org.jsoup.nodes.Element;
import org.qunbook.api.PageInfo;

/**
 * The "pages using this term" list at the end of a term page. Left out of the search index: page
 * titles there would make every term page match searches for those pages.
 */
final class UsageList {

    private UsageList() {
    }

    static void append(Element content, List<PageInfo> pages, Function<String, String> words, Function<String, String> hrefTo) {
        if (pages == null || pages.isEmpty()) {
            return;
        }
        Element section = content.appendElement("section").addClass("glossary-usage")
                .attr(TermOccurrences.NO_GLOSSARY, "").attr("data-search-exclude", "");
        section.appendElement("h2").text(words.apply("usedIn"));
        Element list = section.appendElement("ul");
        for (PageInfo page : pages) {
            list.appendElement("li").appendElement("a").attr("href", hrefTo.apply(page.url())).text(page.title());
        }
    }
}
