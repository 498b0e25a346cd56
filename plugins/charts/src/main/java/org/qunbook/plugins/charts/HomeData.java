package org.qunbook.plugins.charts;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.qunbook.api.PageInfo;
import org.qunbook.api.PageView;

/**
 * What the home page template shows from this plugin ({@code site.data.charts}): the setup steps
 * as cards, the quadrant and the lifecycle (as HTML whose links are relative to the site root,
 * where the home page is), and the most recently updated pages.
 */
final class HomeData {

    private HomeData() {
    }

    static Map<String, Object> of(List<PageView> pages, List<QuadrantCell> quadrant,
                                  List<Lifecycle.StageWithPages> lifecycle, int latest, UiText text) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("steps", steps(pages));
        data.put("quadrant", quadrant.isEmpty() ? ""
                : QuadrantChart.render(quadrant, "", "home-quadrant", HomeData::fromRoot, text, "").outerHtml());
        boolean anyStagePage = lifecycle.stream().anyMatch(s -> !s.pages().isEmpty());
        data.put("lifecycle", anyStagePage
                ? LifecycleChart.render(lifecycle, "home-lifecycle", HomeData::fromRoot, text, "").outerHtml() : "");
        data.put("latest", latest(pages, latest));
        return data;
    }

    /** A link from the home page (the site root) to a site URL. */
    static String fromRoot(String url) {
        return url.isEmpty() ? "./" : url;
    }

    private static List<Map<String, Object>> steps(List<PageView> pages) {
        List<Map<String, Object>> steps = new ArrayList<>();
        pages.stream()
                .filter(p -> p.frontMatter().find("setup_step").filter(Number.class::isInstance).isPresent())
                .sorted(Comparator.comparingLong(p -> ((Number) p.frontMatter().find("setup_step").orElseThrow()).longValue()))
                .forEach(page -> {
                    Map<String, Object> step = new LinkedHashMap<>();
                    step.put("number", ((Number) page.frontMatter().find("setup_step").orElseThrow()).longValue());
                    step.put("title", page.title());
                    step.put("url", page.url());
                    step.put("summary", page.summary());
                    step.put("items", taskItems(page));
                    steps.add(step);
                });
        return List.copyOf(steps);
    }

    /**
     * The page's checklist items as the checklist plugin counts them: task list items that are not
     * inside another list item. The home page's script shows ticked / this number.
     */
    private static int taskItems(PageView page) {
        int count = 0;
        for (org.jsoup.nodes.Element li : page.content().select("li.task-list-item")) {
            boolean nested = false;
            for (org.jsoup.nodes.Element parent = li.parent(); parent != null; parent = parent.parent()) {
                if (parent.nameIs("li")) {
                    nested = true;
                    break;
                }
            }
            if (!nested && li.selectFirst("> input[type=checkbox], > p > input[type=checkbox]") != null) {
                count++;
            }
        }
        return count;
    }

    private static List<Map<String, Object>> latest(List<? extends PageInfo> pages, int count) {
        List<Map<String, Object>> latest = new ArrayList<>();
        pages.stream().filter(p -> !p.isGenerated() && !p.url().isEmpty() && !p.updated().isEmpty())
                .sorted(Comparator.comparing(PageInfo::updated).reversed().thenComparing(PageInfo::url))
                .limit(Math.max(0, count))
                .forEach(page -> {
                    Map<String, Object> item = new LinkedHashMap<>();
                    item.put("title", page.title());
                    item.put("url", page.url());
                    item.put("type", page.type());
                    item.put("updated", page.updated());
                    latest.add(item);
                });
        return List.copyOf(latest);
    }
}
