package org.qunbook.build;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeSet;
import org.qunbook.api.GeneratedPage;
import org.qunbook.api.HanziOrder;
import org.qunbook.api.Problem;
import org.qunbook.api.SiteInfo;
import org.qunbook.config.SiteConfig;
import org.qunbook.load.ContentLoader;
import org.qunbook.load.LoadedContent;
import org.qunbook.parse.MarkdownParser;
import org.qunbook.parse.MarkdownSetup;
import org.qunbook.parse.ParseStage;
import org.qunbook.plugin.PluginAsset;
import org.qunbook.plugin.PluginHost;
import org.qunbook.plugin.SiteTextTools;
import org.qunbook.problem.Problems;
import org.qunbook.problem.ShownPaths;
import org.qunbook.render.LinkedAssets;
import org.qunbook.render.SiteRenderer;
import org.qunbook.search.ScriptFolding;
import org.qunbook.site.ContentPage;
import org.qunbook.site.Page;
import org.qunbook.theme.Theme;
import org.qunbook.transform.ContentTransformer;
import org.qunbook.transform.TransformedPage;
import org.qunbook.upkeep.HandbookUpkeep;

/**
 * One build: the pipeline, top to bottom, one line per stage ({@link StageRunner} times each and
 * stops the build after a stage with errors, before anything is written, so a failed build leaves
 * the previous site untouched). What differs between {@code build}, {@code check} and {@code serve}
 * (how pages are kept and written) is the {@link BuildMode}, chosen once. A {@code Build} runs once.
 */
public final class Build {

    private final BuildOptions options;
    private final BuildCache cache;
    private final Problems problems = new Problems();
    private final StageRunner stages;
    private final BuildMode mode;
    private final List<String> reports = new ArrayList<>();
    private final HanziOrder pinyin = new org.qunbook.text.PinyinOrder();
    /** The date {@code check} measures reviews against (absent: no review warnings, as in a build). */
    private final Optional<LocalDate> reviewToday;
    /** Overdue reviews fail {@code --strict} too ({@code --fail-on-overdue}; else {@code review.strict} decides). */
    private final boolean failOnOverdue;
    /**
     * Overdue-review warnings that {@code --strict} does not count: time passing alone must not turn
     * a pull request's CI red. Kept apart so the strict stops of the pipeline do not see them either.
     */
    private final Problems advisory = new Problems();

    public Build(BuildOptions options) {
        this(options, null);
    }

    /** @param cache kept between the builds of {@code qunbook serve}; null for a one-off build */
    public Build(BuildOptions options, BuildCache cache) {
        this(options, cache, Optional.empty(), false);
    }

    private Build(BuildOptions options, BuildCache cache, Optional<LocalDate> reviewToday, boolean failOnOverdue) {
        this.options = options;
        this.cache = cache;
        this.reviewToday = reviewToday;
        this.failOnOverdue = failOnOverdue;
        this.stages = new StageRunner(problems, new ShownPaths(options.folders().workingDir()),
                options.folders().source(), options.run().strict());
        this.mode = BuildMode.of(options, cache, stages);
    }

    /**
     * This build, also warning about every page whose review is overdue on {@code today}
     * ({@code qunbook check}). A build never reads the clock, so its output stays byte-reproducible.
     */
    public Build checkReviewsOn(LocalDate today) {
        return new Build(options, cache, Optional.of(today), failOnOverdue);
    }

    /** This build, with overdue reviews counting as warnings for {@code --strict} even without {@code review.strict}. */
    public Build failOnOverdue(boolean fail) {
        return new Build(options, cache, reviewToday, fail);
    }

    /**
     * The warnings of this run that {@code --strict} does not count (overdue reviews, unless
     * {@code review.strict} or {@link #failOnOverdue}); they are among {@link BuildResult#problems()}.
     */
    public List<Problem> advisoryWarnings() {
        return advisory.sorted();
    }

    /** What a build made: whether it wrote the site, how many pages it rendered and files the site has. */
    private record Outcome(boolean written, int pages, int files) {
        static final Outcome FAILED = new Outcome(false, 0, 0);
    }

    public BuildResult run() {
        long start = System.nanoTime();
        Outcome outcome = Outcome.FAILED;
        try {
            outcome = pipeline();
        } catch (BuildFailed e) {
            // the problems say why
        } finally {
            mode.close(outcome.written());
        }
        List<Problem> all = new ArrayList<>(problems.sorted());
        all.addAll(advisory.sorted());
        all.sort(Problem.BY_POSITION);
        return new BuildResult(outcome.written(), outcome.pages(), outcome.files(), all,
                Duration.ofNanos(System.nanoTime() - start), stages.times(), reports);
    }

    private Outcome pipeline() throws BuildFailed {
        Path source = options.folders().source();
        SiteSetup setup = new SiteSetup(options, stages, mode);
        setup.preloadDictionaries(pinyin);
        SiteConfig site = stages.run("config", setup::config);
        SiteInfo info = new SiteInfo(site.title(), site.language(), site.baseUrl(), options.run().serving());
        Theme theme = stages.run("theme", () -> setup.theme(site));
        Map<String, String> messages = stages.run("theme", () -> setup.messages(theme, site));
        MarkdownSetup markdown = new MarkdownSetup();
        PluginHost plugins = stages.run("plugins", () -> setup.plugins(site, info,
                new SiteTextTools(ScriptFolding.openCc(), pinyin), markdown));
        // the plugins' strings under the theme's and the site's, read by their hooks from here on
        Map<String, String> uiStrings = stages.run("plugins", () -> plugins.messages(messages));
        ContentLoader loader = new ContentLoader(site, stages::display, options.includesDrafts());
        LoadedContent content = stages.run("load", () -> loader.load(source, problems));
        reviewToday.ifPresent(today -> new HandbookUpkeep(site.upkeep(), content.history())
                .reportOverdue(content.pages(), today,
                        site.upkeep().reviewStrict() || failOnOverdue ? problems : advisory));
        MarkdownParser parser = new MarkdownParser(markdown, site.markdown().unsafeHtml());
        List<ContentPage> pages = new ArrayList<>(stages.run("parse", () -> new ParseStage(parser, mode.markdownHtml(), problems)
                .parse(content.pages())).stream().map(ContentPage::of).toList());
        stages.run("contentLoaded", () -> plugins.contentLoaded(pages));
        addHomePage(pages, site);
        pages.addAll(stages.run("addPages", () -> plugins.addPages(List.copyOf(pages))));
        pages.sort(Comparator.comparing(ContentPage::url));
        Map<String, Path> themeAssets = theme.assets();
        ContentTransformer transformer = new ContentTransformer(plugins, key -> messages.getOrDefault(key, key));
        List<TransformedPage> transformed = stages.run("transform", () -> transformer.transform(List.copyOf(pages),
                staticPaths(content, themeAssets, plugins), problems));
        LinkedAssets linked = LinkedAssets.collect(themeAssets.keySet(), plugins.assets().stream()
                .map(PluginAsset::outputPath).toList(), site.search().enabled(), servedScripts());
        SiteRenderer renderer = stages.run("render", () -> mode.renderer(site, theme, uiStrings, pinyin));
        renderer.useHistory(content.history());
        SiteWriter writer = new SiteWriter(stages, options.folders().output(), content.staticFiles(), themeAssets,
                plugins, pages, setup.offline(site, messages));
        mode.open(writer);
        stages.run("render", () -> renderer.render(transformed, plugins.siteData(), linked.stylesheets(),
                linked.scripts(), options.run().serving(), problems, mode::page));
        SearchStage search = new SearchStage(site, stages, source, options.run().indexSizes(), transformed,
                () -> plugins.searchEntries(List.copyOf(pages)), reports::add);
        OptionalInt files = mode.write(search, writer);
        files.ifPresent(written -> mode.built(new PageStages(loader, parser, transformer, renderer), pages));
        return new Outcome(files.isPresent(), transformed.size(), files.orElse(0));
    }

    /** Like Hugo: a site without {@code content/_index.md} still gets a home page listing its sections. */
    private static void addHomePage(List<ContentPage> pages, SiteConfig site) {
        if (pages.stream().noneMatch(p -> p.url().isEmpty())) {
            pages.add(ContentPage.generated(new GeneratedPage("", site.title(), site.description(), "home", "", Map.of()),
                    Page.CORE));
        }
    }

    /** Every file that is not a page, which links may point to. */
    private static Set<String> staticPaths(LoadedContent content, Map<String, Path> themeAssets, PluginHost plugins) {
        Set<String> paths = new TreeSet<>();
        content.staticFiles().forEach(f -> paths.add(f.relativePath()));
        paths.addAll(themeAssets.keySet());
        plugins.assets().forEach(a -> paths.add(a.outputPath()));
        return paths;
    }

    /** Scripts {@code serve} answers itself (LiveReload), so built sites never contain them. */
    private List<String> servedScripts() {
        return options.run().serving() ? List.of(LiveReloadScript.PATH.substring(1)) : List.of();
    }
}
