package org.qunbook.example.related;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Element;
import org.qunbook.api.ApiVersion;
import org.qunbook.api.ContentLoadedContext;
import org.qunbook.api.PageView;
import org.qunbook.api.PluginSetup;
import org.qunbook.api.Problem;
import org.qunbook.api.SitePlugin;
import org.qunbook.api.TransformContext;

/**
 * A third-party plugin as a user would write one, compiled by the tests into a jar of its own
 * and loaded from the plugin path: under each page, a box of the pages sharing one of its tags
 * (in the theme's after-content slot, or in the content, kept out of search, with inline: true),
 * their count at the bottom of the sidebar and as page data; a warning for a page without tags.
 */
public final class RelatedPagesPlugin implements SitePlugin {

    public record Options(String title, Integer limit, Boolean inline) {
        public Options {
            title = title == null ? "相关页面" : title;
            limit = limit == null ? 5 : limit;
            inline = inline != null && inline;
        }
    }

    public record Related(int count, List<String> urls) {
    }

    private Options options;
    private final Map<String, List<PageView>> byTag = new LinkedHashMap<>();

    @Override
    public String name() {
        return "related-pages";
    }

    @Override
    public String apiVersion() {
        return ApiVersion.CURRENT;
    }

    @Override
    public void configure(PluginSetup setup) {
        options = setup.options(Options.class);
    }

    @Override
    public void contentLoaded(ContentLoadedContext context) {
        for (PageView page : context.pages()) {
            if (page.isGenerated() || page.isSection()) {
                continue;
            }
            if (page.tags().isEmpty()) {
                context.report(Problem.warning(page.bodyPosition(1), "page has no tags: related-pages "
                        + "cannot relate it to others (add 'tags: [...]' to its front matter)"));
            }
            page.tags().forEach(tag -> byTag.computeIfAbsent(tag, t -> new ArrayList<>()).add(page));
        }
    }

    @Override
    public void transform(TransformContext context) {
        PageView page = context.page();
        List<PageView> related = new ArrayList<>();
        for (String tag : page.tags()) {
            for (PageView other : byTag.getOrDefault(tag, List.of())) {
                if (!other.url().equals(page.url()) && !related.contains(other) && related.size() < options.limit()) {
                    related.add(other);
                }
            }
        }
        if (related.isEmpty()) {
            return;
        }
        Element box;
        if (options.inline()) {
            box = context.content().appendElement("aside");
            context.excludeFromSearch(box);
        } else {
            box = context.slot(TransformContext.AFTER_CONTENT);
        }
        box.addClass("related-pages").appendElement("h2").text(options.title());
        Element list = box.appendElement("ul");
        for (PageView other : related) {
            list.appendElement("li").appendElement("a").attr("href", context.hrefTo(other.url())).text(other.title());
        }
        context.slot(TransformContext.SIDEBAR_BOTTOM).appendElement("p").addClass("related-count")
                .text(related.size() + " 个相关页面");
        context.putPageData(new Related(related.size(), related.stream().map(PageView::url).toList()));
    }
}
