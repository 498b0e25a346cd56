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
import org.qunbook.site.ContentPage;
import org.qunbook.site.Page;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

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

    private static final Evaluator WITH_ID = QueryParser.parse("[id]");

    private final PluginHost plugins;
    private final Function<String, String> messages;
    private final AdmonitionMarkup admonitions;
    private final CjkLineBreaks lineBreaks = new CjkLineBreaks();
    private final TableAlignment tables = new TableAlignment();
    private final HeadingAnchors anchors;
    /** The link tables of the last {@link #transform}, for {@link #transformAgain}. */
    private LinkRewriter links;

    /** @param messages UI strings by key (admonition titles, permalink label) */
    public ContentTransformer(PluginHost plugins, Function<String, String> messages) {
        this.plugins = plugins;
        this.messages = messages;
        this.admonitions = new AdmonitionMarkup(kind -> messages.apply("admonition." + kind));
        this.anchors = new HeadingAnchors(messages.apply("permalink"));
    }

    public List<TransformedPage> transform(List<ContentPage> pages, Set<String> staticFiles, Problems problems) {
        pages.parallelStream().forEach(page -> firstPass(page, pages));

        Map<String, Page> bySource = new HashMap<>();
        Map<String, Page> byUrl = new HashMap<>();
        Map<String, Set<String>> ids = new HashMap<>();
        for (ContentPage page : pages) {
            page.page().source().ifPresent(s -> bySource.put(s.relativePath(), page.page()));
            byUrl.put(page.url(), page.page());
            Set<String> pageIds = new HashSet<>();
            for (Element element : page.content().select(WITH_ID)) {
                pageIds.add(element.id());
            }
            ids.put(page.url(), pageIds);
        }
        links = new LinkRewriter(bySource, byUrl, staticFiles, ids);
        return pages.parallelStream().map(page -> secondPass(page, problems)).toList();
    }

    /**
     * One page again after {@link #transform}, checked against the other pages as they were then
     * ({@code serve}'s quick render of an edited page; the full rebuild that follows re-checks all).
     *
     * @param pages the site's pages, the edited one in place of its old version
     */
    public TransformedPage transformAgain(ContentPage page, List<ContentPage> pages, Problems problems) {
        if (links == null) {
            throw new IllegalStateException("transformAgain before transform");
        }
        firstPass(page, pages);
        return secondPass(page, problems);
    }

    private void firstPass(ContentPage page, List<ContentPage> pages) {
        plugins.transform(page, pages);
        admonitions.apply(page.content());
        lineBreaks.apply(page.content());
        tables.apply(page.content());
    }

    private TransformedPage secondPass(ContentPage page, Problems problems) {
        Page facts = page.page();
        links.apply(facts, page.content(), problems);
        // What plugins put in the theme's slots links like the content, and is not the page's text.
        plugins.slotElements(facts).forEach(slot -> links.apply(facts, slot, problems));
        List<TocEntry> toc = anchors.apply(page.content());
        ReadableText text = ReadableText.of(page.content());
        return new TransformedPage(facts, page.handle(), toc, TextStats.of(text.text()), text,
                plugins.pageOutput(facts));
    }
}
