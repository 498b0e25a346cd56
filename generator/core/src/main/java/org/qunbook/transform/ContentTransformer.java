package org.qunbook.transform;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.jsoup.nodes.Element;
import org.qunbook.plugin.PluginHost;
import org.qunbook.problem.Problems;
import org.qunbook.site.Page;

/**
 * The transform stage, in two passes over all pages (each pass parallel across pages):
 * <ol>
 *   <li>plugin transforms, then the core's markup fixes (admonitions, CJK line breaks);</li>
 *   <li>once every page's ids are final: link rewriting and checking, heading permalinks,
 *       table of contents and length.</li>
 * </ol>
 * The passes are separate because a link can only be checked against the target page's ids after
 * that page's own transforms (a plugin may add ids).
 */
public final class ContentTransformer {

    private final PluginHost plugins;
    private final Function<String, String> messages;

    /** @param messages UI strings by key (admonition titles, permalink label) */
    public ContentTransformer(PluginHost plugins, Function<String, String> messages) {
        this.plugins = plugins;
        this.messages = messages;
    }

    public List<TransformedPage> transform(List<Page> pages, Set<String> staticFiles, Problems problems) {
        AdmonitionMarkup admonitions = new AdmonitionMarkup(kind -> messages.apply("admonition." + kind));
        CjkLineBreaks lineBreaks = new CjkLineBreaks();
        TableAlignment tables = new TableAlignment();
        pages.parallelStream().forEach(page -> {
            plugins.transform(page, pages);
            admonitions.apply(page.content());
            lineBreaks.apply(page.content());
            tables.apply(page.content());
        });

        Map<String, Page> bySource = new HashMap<>();
        Map<String, Page> byUrl = new HashMap<>();
        Map<String, Set<String>> ids = new HashMap<>();
        for (Page page : pages) {
            page.source().ifPresent(s -> bySource.put(s.relativePath(), page));
            byUrl.put(page.url(), page);
            Set<String> pageIds = new HashSet<>();
            for (Element element : page.content().select("[id]")) {
                pageIds.add(element.id());
            }
            ids.put(page.url(), pageIds);
        }
        LinkRewriter links = new LinkRewriter(bySource, byUrl, staticFiles, ids);
        HeadingAnchors anchors = new HeadingAnchors(messages.apply("permalink"));
        return pages.parallelStream().map(page -> {
            links.apply(page, page.content(), problems);
            List<TocEntry> toc = anchors.apply(page.content());
            ReadableText text = ReadableText.of(page.content());
            return new TransformedPage(page, page.content().html(), toc, TextStats.of(text.text()), text);
        }).toList();
    }
}
