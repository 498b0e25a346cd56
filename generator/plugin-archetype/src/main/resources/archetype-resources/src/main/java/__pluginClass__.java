package ${package};

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Element;
import org.qunbook.api.ApiVersion;
import org.qunbook.api.ContentLoadedContext;
import org.qunbook.api.PageInfo;
import org.qunbook.api.PluginSetup;
import org.qunbook.api.Problem;
import org.qunbook.api.SitePlugin;
import org.qunbook.api.TransformContext;

/**
 * Under each page, a box of the pages sharing one of its tags; a warning for a page without tags.
 * Enabled in qunbook.yml as '${pluginName}'.
 */
public final class ${pluginClass} implements SitePlugin {

    /** The options block in qunbook.yml; absent keys arrive as null and get their defaults here. */
    public record Options(String title, Integer limit) {
        public Options {
            title = title == null ? "相关页面" : title;
            limit = limit == null ? 5 : limit;
        }
    }

    private Options options;
    /** Pages by tag: their facts (PageInfo) only, so nothing here holds a page's content past render. */
    private final Map<String, List<PageInfo>> byTag = new LinkedHashMap<>();

    @Override
    public String name() {
        return "${pluginName}";
    }

    /** The API this plugin is compiled against: the constant is copied into this class by javac. */
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
        for (PageInfo page : context.pages()) {
            if (page.isGenerated() || page.isSection()) {
                continue;
            }
            if (page.tags().isEmpty()) {
                context.report(Problem.warning(page.bodyPosition(1), "page has no tags: ${pluginName} cannot "
                        + "relate it to others (add 'tags: [...]' to its front matter)"));
            }
            page.tags().forEach(tag -> byTag.computeIfAbsent(tag, t -> new ArrayList<>()).add(page));
        }
    }

    /** Called for pages in parallel: reads the map filled in contentLoaded, writes only this page. */
    @Override
    public void transform(TransformContext context) {
        PageInfo page = context.page();
        List<PageInfo> related = new ArrayList<>();
        for (String tag : page.tags()) {
            for (PageInfo other : byTag.getOrDefault(tag, List.of())) {
                if (!other.url().equals(page.url()) && !related.contains(other) && related.size() < options.limit()) {
                    related.add(other);
                }
            }
        }
        if (related.isEmpty()) {
            return;
        }
        // The theme's slot after the content: outside the page's text, so not in search or reading time.
        Element box = context.slot(TransformContext.AFTER_CONTENT).addClass("related-pages");
        box.appendElement("h2").text(options.title());
        Element list = box.appendElement("ul");
        for (PageInfo other : related) {
            list.appendElement("li").appendElement("a").attr("href", context.hrefTo(other.url())).text(other.title());
        }
    }
}
