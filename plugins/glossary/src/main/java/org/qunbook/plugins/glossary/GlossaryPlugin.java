package org.qunbook.plugins.glossary;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.qunbook.api.ContentLoadedContext;
import org.qunbook.api.PageInfo;
import org.qunbook.api.PageView;
import org.qunbook.api.PluginSetup;
import org.qunbook.api.Problem;
import org.qunbook.api.SearchEntriesContext;
import org.qunbook.api.SearchEntry;
import org.qunbook.api.SiteContext;
import org.qunbook.api.SitePlugin;
import org.qunbook.api.TransformContext;

/**
 * The glossary: links terms in every page to their term pages (with an accessible tooltip),
 * builds the A–Z index on the glossary's section page, lists on each term page the pages that use
 * it, adds terms with their aliases to search, and reports conflicting and unused terms.
 */
public final class GlossaryPlugin implements SitePlugin {

    private GlossaryOptions options;
    private Spelling spelling;
    private Glossary glossary;
    /** Term → pages using it (URL order); written in contentLoaded, only read afterwards. */
    private final Map<Term, List<PageInfo>> usage = new LinkedHashMap<>();

    @Override
    public String name() {
        return "glossary";
    }

    @Override
    public void configure(PluginSetup setup) {
        options = setup.options(GlossaryOptions.class);
        spelling = new Spelling(setup.text());
        setup.addMessages("i18n/", "zh-CN");
        setup.addAsset("assets/glossary/glossary.css", "org/qunbook/plugins/glossary/glossary.css");
        setup.addAsset("assets/glossary/glossary.js", "org/qunbook/plugins/glossary/glossary.js");
    }

    @Override
    public void contentLoaded(ContentLoadedContext context) {
        glossary = Glossary.read(context, options.folder(), spelling);
        glossary.terms().forEach(term -> usage.put(term, new ArrayList<>()));
        // Scanned in parallel (the glossary is immutable), gathered in page order.
        List<PageView> pages = context.pages();
        List<Set<Term>> used = pages.parallelStream()
                .map(page -> isIndex(page) ? Set.<Term>of() : glossary.termsUsedOn(page)).toList();
        for (int i = 0; i < pages.size(); i++) {
            PageView page = pages.get(i);
            used.get(i).forEach(term -> usage.get(term).add(page));
        }
        usage.forEach((term, users) -> {
            if (users.isEmpty() && !glossary.hasConflict(term)) {
                context.report(Problem.warning(term.page().frontMatter().positionOf("term"),
                        "term '" + term.term() + "' is not used on any page"));
            }
        });
        context.putSiteData(glossary.terms().stream()
                .map(t -> Map.of("term", t.term(), "url", t.url(), "summary", t.summary())).toList());
    }

    @Override
    public void transform(TransformContext context) {
        if (glossary == null || glossary.isEmpty()) {
            return;
        }
        PageView page = context.page();
        Element content = context.content();
        TermLinks.apply(glossary.occurrencesOn(page, content), options.linkEvery(), term -> siteLink(term.url()));
        if (isIndex(page)) {
            GlossaryIndex.append(content, glossary.terms(), context.text().pinyin(), term -> siteLink(term.url()),
                    words(context));
        }
        // A term that is not linked has no "pages using this term": it would list every page.
        glossary.termOf(page).filter(Term::autolink).ifPresent(term -> UsageList.append(content, usage.get(term),
                words(context), GlossaryPlugin::siteLink));
    }

    @Override
    public void addSearchEntries(SearchEntriesContext context) {
        if (glossary == null) {
            return;
        }
        for (Term term : glossary.terms()) {
            List<String> keywords = new ArrayList<>();
            keywords.add(term.term());
            keywords.addAll(term.aliases());
            // Boosted so that a search for a term shows its definition before the pages using it.
            context.addSearchEntry(new SearchEntry(term.url(), term.term(), term.page().type(), keywords,
                    term.summary(), 3.0));
        }
    }

    /** The plugin's strings (i18n/*.yml, with the site's overrides) by their key in the file. */
    private static Function<String, String> words(SiteContext context) {
        return key -> context.message("plugin.glossary." + key);
    }

    private boolean isIndex(PageInfo page) {
        return page.isSection() && page.url().equals(options.folder() + "/");
    }

    /**
     * A site-root link ({@code /glossary/siyu/}). Not {@code context.hrefTo(url)}: the core's link
     * rewriting runs after plugin transforms and resolves relative hrefs against the Markdown
     * file's folder, so the page-URL-relative href {@code hrefTo} returns ({@code ../../glossary/siyu/}
     * from {@code playbooks/x/}) is reported as leaving the site. Site-root links are what
     * generated content is meant to use; the rewriter turns them into relative hrefs and checks them.
     */
    private static String siteLink(String url) {
        return "/" + url;
    }
}
