package org.qunbook.render;

import freemarker.template.TemplateException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.qunbook.api.HanziOrder;
import org.qunbook.api.Problem;
import org.qunbook.api.SourcePosition;
import org.qunbook.config.ContentType;
import org.qunbook.config.SiteConfig;
import org.qunbook.problem.Problems;
import org.qunbook.site.Page;
import org.qunbook.site.SiteLinks;
import org.qunbook.theme.Theme;
import org.qunbook.transform.TransformedPage;
import org.qunbook.load.GitDates;
import org.qunbook.upkeep.ChangeEntry;
import org.qunbook.upkeep.HandbookUpkeep;

/**
 * The render stage: every page through its layout template, plus the pages the theme provides
 * without content (tag lists, 404) and redirect pages for old URLs.
 */
public final class SiteRenderer {

    private final SiteConfig config;
    private final Theme theme;
    private final Map<String, String> messages;
    private final HanziOrder pinyin;
    private final TemplateRenderer templates;
    private final TemplateProblems templateProblems;
    /** The sidebar of pages outside every section (tags, search, 404): sections without their pages. */
    private List<NavSectionModel> listNav = List.of();

    /** Owners, reviews, edit links, git authors; {@link #useHistory} adds git's part. */
    private HandbookUpkeep upkeep;

    private final RenderMemo memo;
    /** The site as the last {@link #render} saw it, for {@link #renderAgain}. */
    private SiteStructure lastStructure;
    private SiteModel lastSite;

    /** A renderer for one build, which renders every page (no memo). */
    public SiteRenderer(SiteConfig config, Theme theme, Map<String, String> messages, HanziOrder pinyin)
            throws IOException {
        this(config, theme, messages, pinyin, RenderMemo.none());
    }

    /** @param memo pages rendered by the previous build, reused when their model is unchanged */
    public SiteRenderer(SiteConfig config, Theme theme, Map<String, String> messages, HanziOrder pinyin,
                        RenderMemo memo) throws IOException {
        this.memo = memo;
        this.config = config;
        this.theme = theme;
        this.messages = Map.copyOf(messages);
        this.pinyin = pinyin;
        this.templates = new TemplateRenderer(theme);
        this.templateProblems = new TemplateProblems(theme);
        this.upkeep = new HandbookUpkeep(config.upkeep(), GitDates.none());
    }

    /** The content folder's git history: pages' last authors, the "recent changes" page and feed. */
    public void useHistory(GitDates history) {
        this.upkeep = new HandbookUpkeep(config.upkeep(), history);
    }

    /**
     * @param siteDataByPlugin data plugins published
     * @param stylesheets      site-relative stylesheet paths, theme first
     * @param scripts          site-relative script paths
     */
    public List<RenderedFile> render(List<TransformedPage> pages, Map<String, Object> siteDataByPlugin,
                                     List<String> stylesheets, List<String> scripts, boolean serving,
                                     Problems problems) {
        List<RenderedFile> files = Collections.synchronizedList(new ArrayList<>());
        render(pages, siteDataByPlugin, stylesheets, scripts, serving, problems, files::add);
        return files.stream().sorted(Comparator.comparing(RenderedFile::outputPath)).toList();
    }

    /**
     * Renders every file, each handed to {@code sink} as soon as it is made (from several threads),
     * so a build can write pages as it goes instead of holding the whole site in memory. Rendering
     * a page takes its content (and releases it), so its document is freed as the stage goes.
     */
    public void render(List<TransformedPage> pages, Map<String, Object> siteDataByPlugin, List<String> stylesheets,
                       List<String> scripts, boolean serving, Problems problems,
                       Consumer<RenderedFile> sink) {
        Consumer<RenderedFile> files = file -> {
            if (file != null) {
                sink.accept(file);
            }
        };
        List<Page> all = pages.stream().map(TransformedPage::page).toList();
        SiteStructure structure = new SiteStructure(all, config, pinyin);
        Map<String, List<Page>> tags = structure.tags(all);
        Map<String, String> typeLabels = new LinkedHashMap<>();
        config.types().forEach(t -> typeLabels.put(t.name(), t.label()));
        if (config.options().warnSingleUseTags()) {
            tags.forEach((tag, tagged) -> {
                if (tagged.size() == 1) {
                    Page page = tagged.get(0);
                    problems.report(Problem.warning(page.frontMatter().positionOf("tags"), "tag '" + tag
                            + "' is used by this page only: use a tag other pages share, or remove it"
                            + " (tags.warn_single_use in qunbook.yml)"));
                }
            });
        }
        List<TagModel> tagModels = new ArrayList<>();
        tags.forEach((tag, tagged) -> tagModels.add(new TagModel(tag, tagUrl(tag),
                tagged.stream().map(p -> summary(p)).toList())));
        List<ChangeEntry> changes = templates.exists("changes.ftlh") ? upkeep.changes(all) : List.of();
        boolean reviewPage = config.upkeep().reviewPage() && templates.exists("review.ftlh");
        SiteModel site = new SiteModel(config.identity(), structure.nav(), stylesheets, scripts,
                config.search().enabled(), serving,
                withUpkeepLinks(siteDataByPlugin, !changes.isEmpty(), reviewPage,
                        config.upkeep().printPage() && templates.exists("print.ftlh"),
                        config.upkeep().offline().enabled() && !serving), typeLabels, tagModels,
                config.options().image());

        listNav = structure.navFor(Optional.empty());
        lastStructure = structure;
        lastSite = site;
        memo.begin(site, messages);
        if (config.upkeep().printPage() && templates.exists("print.ftlh")) {
            // Before the pages are rendered: rendering a page takes its content (ContentHandle.take).
            files.accept(renderList("print.ftlh", "print/", messages.getOrDefault("print.title", "Print"), site,
                    Map.of("chapters", new PrintBook(structure, pages).chapters()), problems));
        }
        pages.parallelStream().forEach(page -> renderPage(page, structure, site, problems).ifPresent(files));
        files.accept(renderList("tags.ftlh", "tags/", messages.getOrDefault("tags.title", "Tags"), site,
                Map.of(), problems));
        for (TagModel tag : tagModels) {
            files.accept(renderList("tag.ftlh", decodedTagUrl(tag.name()), tag.name(), site, Map.of("tag", tag),
                    problems));
        }
        if (config.search().enabled() && templates.exists("search.ftlh")) {
            files.accept(renderList("search.ftlh", "search/", messages.getOrDefault("search.title", "Search"), site,
                    Map.of(), problems));
        }
        files.accept(renderList("404.ftlh", "404.html", messages.getOrDefault("notFound.title", "Not found"), site,
                Map.of(), problems));
        if (reviewPage) {
            files.accept(renderList("review.ftlh", "review/", messages.getOrDefault("review.title", "Review"), site,
                    Map.of("rows", upkeep.reviewRows(all, pinyin)), problems));
        }
        if (!changes.isEmpty()) {
            files.accept(renderList("changes.ftlh", "changes/", messages.getOrDefault("changes.title", "Changes"),
                    site, Map.of("changes", changes, "feed", DiscoveryFiles.isAbsolute(config.baseUrl())), problems));
            new ChangesFeed(config, messages.getOrDefault("changes.title", "Changes")).render(changes).ifPresent(files);
        }
        new DiscoveryFiles(config, sourceDateEpoch()).render(all).forEach(files);
        files.accept(RuntimeScript.file(messages));
        for (Page page : all) {
            page.source().ifPresent(source -> source.urlAliases().forEach(alias ->
                    files.accept(renderRedirect(alias, page, site, problems))));
        }
        memo.end();
    }

    /**
     * One page again, in the site of the last {@link #render} ({@code serve}'s quick render of an
     * edited page whose title, URL and front matter are unchanged, so the rest of the site is too).
     */
    public Optional<RenderedFile> renderAgain(TransformedPage page, Problems problems) {
        if (lastStructure == null) {
            throw new IllegalStateException("renderAgain before render");
        }
        return renderPage(page, lastStructure, lastSite, problems);
    }

    private Optional<RenderedFile> renderPage(TransformedPage transformed, SiteStructure structure, SiteModel site,
                                              Problems problems) {
        Page page = transformed.page();
        String template = templates.exists(page.layout() + ".ftlh") ? page.layout() + ".ftlh" : "page.ftlh";
        List<Page> children = page.url().isEmpty() ? structure.sections()
                : page.isSection() ? structure.members(page.section()) : List.of();
        Map<String, Object> params = new HashMap<>();
        page.frontMatter().keys().forEach(k -> page.frontMatter().find(k).ifPresent(v -> params.put(k, v)));
        PageModel model = new PageModel(page.title(), SiteLinks.encodePath(page.url()), page.layout(),
                new PageModel.Facts(page.summary(), page.type(), typeLabel(page), page.section(),
                        page.frontMatter().findString("date").orElse(""),
                        page.source().map(org.qunbook.load.SourcePage::updated).orElse(""), page.url().isEmpty(),
                        page.isSection(), page.isDraft(), params),
                new PageModel.Body(transformed.contentHtml(), transformed.toc(),
                        transformed.stats().readingMinutes(), transformed.stats().length()),
                new PageModel.Links(structure.breadcrumbs(page, messages.getOrDefault("nav.home", "Home")),
                        structure.neighbour(page, -1).map(SiteRenderer::link).orElse(null),
                        structure.neighbour(page, 1).map(SiteRenderer::link).orElse(null),
                        page.tags().stream().map(t -> new LinkModel(t, tagUrl(t))).toList(),
                        children.stream().map(this::summary).toList()),
                new PageModel.Extras(page.data(), transformed.plugins().data(), transformed.plugins().slots()));
        String outputPath = page.url() + "index.html";
        Map<String, Object> extra = new HashMap<>();
        extra.put("page", model);
        extra.put("nav", structure.navFor(Optional.of(page)));
        upkeep.of(page).ifPresent(u -> extra.put("upkeep", u));
        return Optional.ofNullable(process(template, outputPath, SiteLinks.rootPrefix(page.url()), site,
                extra, page.sourcePath(), problems));
    }

    private RenderedFile renderList(String template, String outputPath, String title, SiteModel site,
                                    Map<String, Object> extra, Problems problems) {
        boolean notFound = outputPath.equals("404.html");
        String url = notFound ? "" : outputPath;
        PageModel model = PageModel.listing(title, SiteLinks.encodePath(url), template.replace(".ftlh", ""),
                List.of(new LinkModel(messages.getOrDefault("nav.home", "Home"), "")));
        Map<String, Object> model2 = new HashMap<>(extra);
        model2.put("page", model);
        model2.put("nav", listNav);
        // The 404 page is served at any depth, so its links start at the base path, not "../".
        String root = notFound ? config.basePath() : SiteLinks.rootPrefix(url);
        return process(template, notFound ? outputPath : outputPath + "index.html", root, site, model2,
                "theme template " + template, problems);
    }

    private RenderedFile renderRedirect(String alias, Page target, SiteModel site, Problems problems) {
        String root = SiteLinks.rootPrefix(alias);
        Map<String, Object> model = Map.of("nav", listNav, "target", root + SiteLinks.encodePath(target.url()),
                "page", PageModel.listing(target.title(), SiteLinks.encodePath(target.url()), "redirect", List.of()));
        return process("redirect.ftlh", alias + "index.html", root, site, model, target.sourcePath(), problems);
    }

    private RenderedFile process(String template, String outputPath, String root, SiteModel site,
                                 Map<String, Object> extra, String forWhat, Problems problems) {
        RenderedFile known = memo.find(outputPath, template, root, extra);
        if (known != null) {
            return known;
        }
        Map<String, Object> model = new HashMap<>(extra);
        model.put("site", site);
        model.put("root", root);
        model.put("msg", messages);
        try {
            String html = ContentSecurityPolicy.addMeta(templates.render(template, model));
            RenderedFile file = new RenderedFile(outputPath, html.getBytes(StandardCharsets.UTF_8));
            memo.remember(outputPath, template, root, extra, file);
            return file;
        } catch (IOException | TemplateException e) {
            templateProblems.report(e, template, forWhat, problems);
        }
        return null;
    }

    /**
     * The plugins' data plus, under {@code qunbook}, the site-relative URLs of the generated upkeep
     * pages that exist ({@code changes}, {@code review}, {@code print}; {@code ""} when not), for the theme's links,
     * and {@code offline}: the web app manifest's URL when offline reading is on (not under serve).
     */
    private static Map<String, Object> withUpkeepLinks(Map<String, Object> pluginData, boolean changes,
                                                       boolean review, boolean print, boolean offline) {
        Map<String, Object> data = new LinkedHashMap<>(pluginData);
        data.putIfAbsent(org.qunbook.site.Page.CORE, Map.of("changes", changes ? "changes/" : "",
                "review", review ? "review/" : "", "print", print ? "print/" : "",
                "offline", offline ? "manifest.webmanifest" : ""));
        return data;
    }

    /** {@code SOURCE_DATE_EPOCH} (reproducible-builds.org): the date to use when content has none. */
    private static Optional<Long> sourceDateEpoch() {
        try {
            return Optional.ofNullable(System.getenv("SOURCE_DATE_EPOCH")).map(String::strip).map(Long::parseLong);
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private PageSummaryModel summary(Page page) {
        return new PageSummaryModel(page.title(), SiteLinks.encodePath(page.url()), page.summary(), page.type(),
                typeLabel(page), page.tags().stream().map(t -> new LinkModel(t, tagUrl(t))).toList());
    }

    private String typeLabel(Page page) {
        return page.contentType().map(ContentType::label).orElse("");
    }

    private static LinkModel link(Page page) {
        return new LinkModel(page.title(), SiteLinks.encodePath(page.url()));
    }

    private static String decodedTagUrl(String tag) {
        return "tags/" + TagNames.canonical(tag).replace('/', '-').replace('\\', '-').strip() + "/";
    }

    private static String tagUrl(String tag) {
        return SiteLinks.encodePath(decodedTagUrl(tag));
    }

    Theme theme() {
        return theme;
    }
}
