package org.qunbook.plugins.scripts;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Element;
import org.qunbook.api.PageInfo;
import org.qunbook.api.SiteContext;
import org.qunbook.api.TransformContext;

/**
 * The list of all templates appended to the templates' section page, with a filter by scenario,
 * tier and stage. Without JavaScript the filter stays hidden and the full list shows. A template
 * that sets no tier (or stage) applies to every tier (stage), so it matches any choice there.
 */
final class Catalog {

    /** The filterable front matter keys, each with its values in a reading order. */
    static final Map<String, List<String>> FIELDS = Map.of(
            "scenario", List.of("welcome", "one-on-one", "rules", "faq", "daily-topic", "perks", "event-preview",
                    "flash-sale", "group-buy", "trial", "invitation", "reactivation", "win-back", "migration", "incident"),
            "tier", List.of("strong", "intent", "weak"),
            "stage", List.of("launch", "growth", "mature", "silent", "churn"));
    private static final List<String> FIELD_ORDER = List.of("scenario", "tier", "stage");

    private final SiteContext site;

    Catalog(SiteContext site) {
        this.site = site;
    }

    /** The plugin's string {@code key} in the site's language (i18n/*.yml, with the site's overrides). */
    private String word(String key) {
        return site.message(ScriptTemplatesPlugin.MESSAGES + key);
    }

    /** A front matter value's label ({@code scenario.welcome}), or the value as written when it has none. */
    private String label(String field, String value) {
        return site.findMessage(ScriptTemplatesPlugin.MESSAGES + field + "." + value).orElse(value);
    }

    void append(TransformContext context, List<? extends PageInfo> templates) {
        List<PageInfo> sorted = templates.stream().<PageInfo>map(t -> t)
                .sorted(Comparator.comparingLong(Catalog::weight).thenComparing(PageInfo::url)).toList();
        Element section = context.content().appendElement("section").addClass("script-catalog")
                .attr("aria-labelledby", "script-catalog");
        section.appendElement("h2").attr("id", "script-catalog").text(word("catalog"));
        Element filters = section.appendElement("div").addClass("script-filters").attr("hidden", true);
        for (String field : FIELD_ORDER) {
            List<String> values = valuesUsed(sorted, field);
            if (values.isEmpty()) {
                continue;
            }
            Element label = filters.appendElement("label").addClass("script-filter");
            label.appendElement("span").text(word("filter." + field));
            Element select = label.appendElement("select").attr("data-filter", field);
            select.appendElement("option").attr("value", "").text(word("all"));
            values.forEach(v -> select.appendElement("option").attr("value", v).text(label(field, v)));
        }
        filters.appendElement("p").addClass("script-filter-count").attr("role", "status").attr("aria-live", "polite");
        Element list = section.appendElement("ul").addClass("script-catalog-list");
        for (PageInfo page : sorted) {
            Element item = list.appendElement("li").addClass("script-catalog-item");
            List<String> tags = new ArrayList<>();
            for (String field : FIELD_ORDER) {
                String value = page.frontMatter().findString(field).orElse("");
                if (!value.isEmpty()) {
                    item.attr("data-" + field, value);
                    tags.add(label(field, value));
                }
            }
            item.appendElement("a").attr("href", context.hrefTo(page.url())).text(page.title());
            if (!tags.isEmpty()) {
                item.appendElement("span").addClass("script-catalog-tags").text(String.join(" · ", tags));
            }
            if (!page.summary().isEmpty()) {
                item.appendElement("p").addClass("script-catalog-summary").text(page.summary());
            }
        }
    }

    private static List<String> valuesUsed(List<PageInfo> pages, String field) {
        List<String> used = pages.stream().map(p -> p.frontMatter().findString(field).orElse(""))
                .filter(v -> !v.isEmpty()).distinct().toList();
        List<String> known = FIELDS.get(field);
        List<String> values = new ArrayList<>(known.stream().filter(used::contains).toList());
        used.stream().filter(v -> !known.contains(v)).sorted().forEach(values::add);
        return values;
    }

    private static long weight(PageInfo page) {
        return page.frontMatter().find("weight").filter(Number.class::isInstance).map(n -> ((Number) n).longValue())
                .orElse(Long.MAX_VALUE);
    }
}
