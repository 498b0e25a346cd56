package org.qunbook.build;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.concurrent.ForkJoinPool;
import org.qunbook.api.HanziOrder;
import org.qunbook.api.Problem;
import org.qunbook.api.SiteInfo;
import org.qunbook.api.SourcePosition;
import org.qunbook.config.SiteConfig;
import org.qunbook.index.SearchIndex;
import org.qunbook.index.SearchIndexReport;
import org.qunbook.index.SearchIndexer;
import org.qunbook.index.SearchSynonyms;
import org.qunbook.search.TextAnalyzer;
import java.nio.charset.StandardCharsets;
import org.qunbook.config.SiteConfigLoader;
import org.qunbook.files.ConfinedTree;
import org.qunbook.load.ContentLoader;
import org.qunbook.load.LoadedContent;
import org.qunbook.load.StaticFile;
import org.qunbook.parse.MarkdownParser;
import org.qunbook.parse.MarkdownSetup;
import org.qunbook.plugin.PluginAsset;
import org.qunbook.plugin.PluginHost;
import org.qunbook.plugin.PluginJars;
import org.qunbook.plugin.PluginLoader;
import org.qunbook.plugin.SitePluginPath;
import org.qunbook.plugin.SiteTextTools;
import org.qunbook.problem.ShownPaths;
import org.qunbook.search.ScriptFolding;
import org.qunbook.problem.Problems;
import org.qunbook.render.RenderedFile;
import org.qunbook.render.SiteRenderer;
import org.qunbook.site.Page;
import org.qunbook.theme.Theme;
import org.qunbook.transform.ContentTransformer;
import org.qunbook.transform.TransformedPage;
import org.qunbook.upkeep.HandbookUpkeep;
import org.qunbook.write.OutputPathException;
import org.qunbook.write.LiveOutput;
import org.qunbook.write.SiteOutput;
import org.qunbook.write.StagedOutput;
import org.qunbook.yaml.YamlSyntaxException;

/**
 * One build: the pipeline, top to bottom. Each stage is timed; a stage that reports errors stops
 * the build before anything is written, so a failed build leaves the previous site untouched.
 */
public final class Build {

    private static final String CONFIG_FILE = "qunbook.yml";
    private static final String SEARCH_ASSETS = "assets/search/";

    private final BuildOptions options;
    private final Problems problems = new Problems();
    private final Map<String, StageTime> stages = new LinkedHashMap<>();
    private final List<String> reports = new ArrayList<>();
    private final HanziOrder pinyin = new HanziOrder();

    private final BuildCache cache;
    private final ShownPaths shownPaths;
    /** A one-off build's output, open from the render stage on (closed, or discarded, by {@link #run}). */
    private SiteOutput streamed;
    /** A one-off build's plugin path class loader, closed when the build ends ({@code serve}'s cache keeps its own). */
    private PluginJars ownJars;
    /** The index built this run whose sizes are still to be reported ({@link #reportIndexSize}). */
    private SearchIndex unreportedIndex;

    /** The date {@code check} measures reviews against (absent: no review warnings, as in a build). */
    private Optional<java.time.LocalDate> reviewToday = Optional.empty();
    /** Overdue reviews fail {@code --strict} too ({@code --fail-on-overdue}; else {@code review.strict} decides). */
    private boolean failOnOverdue;
    /**
     * Overdue-review warnings that {@code --strict} does not count: time passing alone must not turn
     * a pull request's CI red. Kept apart so the strict stops of the pipeline do not see them either.
     */
    private final Problems advisory = new Problems();

    public Build(BuildOptions options) {
        this(options, null);
    }

    /**
     * Warn about every page whose review is overdue on {@code today} ({@code qunbook check}). A build
     * never reads the clock, so its output stays byte-reproducible.
     */
    public Build checkReviewsOn(java.time.LocalDate today) {
        this.reviewToday = Optional.of(today);
        return this;
    }

    /** Overdue reviews count as warnings for {@code --strict} even without {@code review.strict}. */
    public Build failOnOverdue(boolean fail) {
        this.failOnOverdue = fail;
        return this;
    }

    /**
     * The warnings of this run that {@code --strict} does not count (overdue reviews, unless
     * {@code review.strict} or {@link #failOnOverdue}); they are among {@link BuildResult#problems()}.
     */
    public List<Problem> advisoryWarnings() {
        return advisory.sorted();
    }

    /** @param cache kept between the builds of {@code qunbook serve}; null for a one-off build */
    public Build(BuildOptions options, BuildCache cache) {
        this.options = options;
        this.cache = cache;
        this.shownPaths = new ShownPaths(options.workingDir());
    }

    public BuildResult run() {
        long start = System.nanoTime();
        int[] counts = {0, 0};
        boolean written = false;
        try {
            written = pipeline(counts);
        } catch (BuildFailed e) {
            written = false;
        } finally {
            discardUnfinished();
            if (ownJars != null) {
                ownJars.close();
            }
        }
        if (!written && cache != null) {
            cache.remember(null); // a quick render must not hide this build's problems
        }
        List<Problem> all = new ArrayList<>(problems.sorted());
        all.addAll(advisory.sorted());
        all.sort(Problem.BY_POSITION);
        return new BuildResult(written, counts[0], counts[1], all,
                Duration.ofNanos(System.nanoTime() - start), stages, reports);
    }

    private boolean pipeline(int[] counts) throws BuildFailed {
        Path source = options.source();
        // Two dictionaries later stages need (OpenCC's characters, pinyin: ~0.1 s each to load), read
        // on another core while the config, theme and content are.
        ForkJoinPool.commonPool().execute(() -> {
            ScriptFolding.openCc();
            pinyin.sortKey("中");
        });
        SiteConfig site = stage("config", () -> siteConfig(source));
        SiteInfo info = new SiteInfo(site.title(), site.language(), site.baseUrl(), options.serving());
        Theme theme = stage("theme", () -> Theme.find(site.theme(), options.themeDir(), source.resolve("_theme"),
                options.classLoader())).orElseThrow(() -> fail(SourcePosition.of(site.file(), 1),
                "theme '" + site.theme() + "' not found"));
        stage("theme", () -> theme.escapes().forEach(escape -> problems.report(Problem.error(
                SourcePosition.fileOnly(display(escape.link())), escape.message()))));
        Map<String, String> messages = stage("theme", () -> messages(theme, site));
        MarkdownSetup markdown = new MarkdownSetup();
        PluginHost plugins = stage("plugins", () -> {
            PluginHost host = new PluginHost(pluginLoader(site).load(site, problems), site, info,
                    new SiteTextTools(ScriptFolding.openCc(), pinyin), problems,
                    new org.qunbook.plugin.DataFiles(source, this::display));
            host.configure(markdown);
            return host;
        });
        ContentLoader loader = new ContentLoader(site, this::display, options.serving());
        LoadedContent content = stage("load", () -> loader.load(source, problems));
        reviewToday.ifPresent(today -> new HandbookUpkeep(site.upkeep(), content.history())
                .reportOverdue(content.pages(), today,
                        site.upkeep().reviewStrict() || failOnOverdue ? problems : advisory));
        MarkdownParser parser = new MarkdownParser(markdown, site.markdown().unsafeHtml());
        List<Page> pages = new ArrayList<>(stage("parse", () -> parse(parser, content)));
        stage("contentLoaded", () -> plugins.contentLoaded(pages));
        if (pages.stream().noneMatch(p -> p.url().isEmpty())) {
            // Like Hugo: a site without content/_index.md still gets a home page listing its sections.
            pages.add(Page.generated(new org.qunbook.api.GeneratedPage("", site.title(), site.description(), "home",
                    "", Map.of()), Page.CORE));
        }
        pages.addAll(stage("addPages", () -> plugins.addPages(List.copyOf(pages))));
        pages.sort(java.util.Comparator.comparing(Page::url));
        Map<String, Path> themeAssets = theme.assets();
        ContentTransformer transformer = new ContentTransformer(plugins, key -> messages.getOrDefault(key, key));
        List<TransformedPage> transformed = stage("transform", () -> transformer.transform(List.copyOf(pages),
                staticPaths(content, themeAssets, plugins), problems));
        LinkedAssets linked = linkedAssets(site, themeAssets, plugins);
        SiteRenderer renderer = stage("render", () -> cache == null ? new SiteRenderer(site, theme, messages, pinyin)
                : new SiteRenderer(site, theme, messages, pinyin, cache.renders));
        renderer.useHistory(content.history());
        // A one-off build writes each page as soon as it is rendered, into the staging folder that
        // replaces the site only if the whole build succeeds, so the site is never held in memory
        // whole (a 10,000-page site is hundreds of MB). serve keeps its pages for the render memo
        // and writes nothing before every stage succeeded (LiveOutput writes in place).
        if (cache == null && options.write()) {
            streamed = stage("write", this::openOutput);
        }
        List<RenderedFile> rendered = new ArrayList<>();
        if (cache != null) {
            rendered.addAll(stage("render", () -> renderer.render(transformed, plugins.siteData(),
                    linked.stylesheets(), linked.scripts(), options.serving(), problems)));
        } else {
            // A rendered page's document is no longer needed (serve keeps them for the quick
            // render): on a 10,000-page site the documents are hundreds of MB, freed as the stage
            // goes instead of making the heap grow for them.
            stage("render", () -> renderer.render(transformed, plugins.siteData(), linked.stylesheets(), linked.scripts(),
                    options.serving(), problems, file -> {
                        if (options.write()) {
                            writePage(streamed, file);
                        }
                    }, page -> page.page().content().empty()));
        }
        IndexStage indexStage = () -> {
            if (!site.search().enabled()) {
                return List.of();
            }
            Map<String, List<String>> synonyms = SearchSynonyms.load(source.resolve(SearchSynonyms.FILE),
                    display(source.resolve(SearchSynonyms.FILE)), problems);
            SearchIndex index = stage("index", () -> new SearchIndexer(site, TextAnalyzer.standard(), synonyms)
                    .build(transformed, plugins.searchEntries(List.copyOf(pages)), options.indexSizes()));
            unreportedIndex = index;
            if (options.strict() || !options.write()) {
                // a budget warning must stop a strict build before it writes; check writes nothing to wait on
                reportIndexSize(site);
            }
            return searchFiles(index);
        };
        boolean indexAfterPages = options.write() && cache != null
                && LiveOutput.resume(options.output(), cache.output).isPresent();
        if (!indexAfterPages) {
            rendered.addAll(indexStage.files());
        }
        counts[0] = transformed.size();
        failOnErrors("render");
        if (!options.write()) {
            return false;
        }
        try (SiteOutput output = streamed != null ? streamed : stage("write", this::openOutput)) {
            stage("write", () -> {
                writePages(output, rendered, content.staticFiles(), themeAssets, plugins);
                return null;
            });
            if (indexAfterPages) {
                // serve: open pages reload now; the search index (the slowest stage) follows.
                cache.pagesWritten(((LiveOutput) output).changedPaths());
                List<RenderedFile> search = indexStage.files();
                stage("write", () -> search.forEach(f -> output.write(f.outputPath(), f.parts(), "search index")));
            }
            reportIndexSize(site);
            stage("write", () -> {
                finish(output, plugins, pages, counts, () -> writeOfflineFiles(output, site, messages));
                return null;
            });
            if (cache != null) {
                cache.remember(new QuickRender(source, options.output(), loader, parser, cache.markdownHtml,
                        transformer, renderer, cache.output, pages));
            }
        } catch (IOException e) {
            throw fail(SourcePosition.fileOnly(display(options.output())), e.getMessage());
        }
        return true;
    }

    /**
     * Finds plugins on qunbook's own class path and on the plugin path: the tool's entries
     * ({@code --plugin-path}...), then the site's {@code plugin_path}, in a class loader of their own.
     */
    private PluginLoader pluginLoader(SiteConfig site) {
        SitePluginPath path = SitePluginPath.of(options.pluginPath(), site, options.source(), shownPaths, problems);
        PluginJars opened;
        if (cache != null) {
            opened = cache.pluginJars(path.jars(), options.classLoader());
        } else {
            ownJars = PluginJars.open(path.jars(), options.classLoader());
            opened = ownJars;
        }
        return new PluginLoader(opened.loader(), path.shown(), options.pluginPath().howToAdd());
    }

    /** The site's configuration, with {@code --base-url} applied. */
    private SiteConfig siteConfig(Path source) throws BuildFailed {
        Optional<ConfinedTree.Escape> escape = new ConfinedTree(source, "the content folder")
                .escape(source.resolve(CONFIG_FILE));
        if (escape.isPresent()) {
            throw fail(SourcePosition.fileOnly(display(escape.get().link())), escape.get().message());
        }
        SiteConfig config = new SiteConfigLoader()
                .load(source.resolve(CONFIG_FILE), display(source.resolve(CONFIG_FILE)), problems)
                .orElseThrow(() -> new BuildFailed("config"));
        if (options.baseUrl().isEmpty()) {
            return config;
        }
        String url = options.baseUrl().get();
        return new SiteConfig(config.title(), config.description(), config.language(),
                url.endsWith("/") ? url : url + "/", config.theme(), config.footer(), config.types(),
                config.plugins(), config.search(), config.file(), config.pluginPath(), config.options(),
                config.upkeep(), config.markdown());
    }

    /**
     * The parse stage: every page's Markdown into its document, on every core. The converter runs on
     * threads with a deep stack, so nesting within {@link org.qunbook.parse.MarkdownLimits} never
     * overflows it; a page it cannot convert is an error on that page, and the other pages go on.
     */
    private List<Page> parse(MarkdownParser parser, LoadedContent content) throws InterruptedException {
        java.util.concurrent.ExecutorService workers = java.util.concurrent.Executors.newFixedThreadPool(
                Math.max(1, Math.min(content.pages().size(), Runtime.getRuntime().availableProcessors())), task -> {
                    Thread thread = new Thread(null, task, "qunbook-parse", PARSE_STACK_BYTES);
                    thread.setDaemon(true);
                    return thread;
                });
        List<java.util.concurrent.Future<Page>> futures = new ArrayList<>();
        try {
            for (org.qunbook.load.SourcePage source : content.pages()) {
                futures.add(workers.submit(() -> parsePage(parser, source)));
            }
            List<Page> pages = new ArrayList<>(futures.size());
            for (java.util.concurrent.Future<Page> future : futures) {
                try {
                    pages.add(future.get());
                } catch (java.util.concurrent.ExecutionException e) {
                    throw new IllegalStateException(e.getCause());
                }
            }
            return finishParse(content, pages);
        } finally {
            workers.shutdownNow();
        }
    }

    /** 256 MiB: reserved, not committed, so only a deeply nested page uses it. */
    private static final long PARSE_STACK_BYTES = 256L << 20;

    private Page parsePage(MarkdownParser parser, org.qunbook.load.SourcePage source) {
        org.qunbook.parse.ParsedPage parsed;
        try {
            parsed = cache == null ? parser.parse(source) : parser.parse(source, cache.markdownHtml);
        } catch (org.qunbook.parse.MarkdownRefused e) {
            Page empty = Page.of(source, new org.jsoup.nodes.Element("body"));
            problems.report(Problem.error(e.bodyLine() > 0 ? empty.bodyPosition(e.bodyLine())
                    : SourcePosition.fileOnly(source.displayPath()), e.getMessage()));
            return empty;
        }
        Page page = Page.of(parsed.source(), parsed.content());
        parsed.htmlRemovals().forEach(removal -> problems.report(Problem.warning(
                at(page.bodyPosition(removal.bodyLine()), removal.column()), "removed " + removal.what()
                        + " from the page's HTML; to keep raw HTML as written, set "
                        + "'markdown: { unsafe_html: true }' in qunbook.yml")));
        return page;
    }

    private List<Page> finishParse(LoadedContent content, List<Page> pages) {
        if (cache != null) {
            // Keep only this build's renderings, so a long serve session does not pile up old text.
            Set<String> bodies = new java.util.HashSet<>();
            content.pages().forEach(p -> bodies.add(p.body()));
            cache.markdownHtml.keySet().retainAll(bodies);
        }
        return pages;
    }

    private static SourcePosition at(SourcePosition line, int column) {
        return column > 0 && line.line() > 0 ? new SourcePosition(line.file(), line.line(), column) : line;
    }

    /** Every file that is not a page, which links may point to. */
    private static Set<String> staticPaths(LoadedContent content, Map<String, Path> themeAssets, PluginHost plugins) {
        Set<String> paths = new TreeSet<>();
        content.staticFiles().forEach(f -> paths.add(f.relativePath()));
        paths.addAll(themeAssets.keySet());
        plugins.assets().forEach(a -> paths.add(a.outputPath()));
        return paths;
    }

    /** The stylesheets and scripts every page links to, in order. */
    private record LinkedAssets(List<String> stylesheets, List<String> scripts) {
    }

    /** The theme's, then the plugins'; before them the search client, after them serve's live reload. */
    private LinkedAssets linkedAssets(SiteConfig site, Map<String, Path> themeAssets, PluginHost plugins) {
        List<String> stylesheets = new ArrayList<>();
        List<String> scripts = new ArrayList<>();
        themeAssets.keySet().stream().filter(p -> p.startsWith("assets/css/") && p.endsWith(".css"))
                .forEach(stylesheets::add);
        themeAssets.keySet().stream().filter(p -> p.startsWith("assets/js/") && p.endsWith(".js"))
                .forEach(scripts::add);
        for (PluginAsset asset : plugins.assets()) {
            if (asset.outputPath().endsWith(".css")) {
                stylesheets.add(asset.outputPath());
            } else if (asset.outputPath().endsWith(".js")) {
                scripts.add(asset.outputPath());
            }
        }
        if (options.serving()) {
            // Served by `qunbook serve` itself (LiveReload), so built sites never contain it.
            scripts.add(LiveReloadScript.PATH.substring(1));
        }
        if (site.search().enabled()) {
            // lunr is not on every page: the worker imports it, and the page adds it only from file://
            scripts.add(0, SEARCH_ASSETS + "qunbook-search.js");
        }
        return new LinkedAssets(List.copyOf(stylesheets), List.copyOf(scripts));
    }

    /**
     * Adds the search index's size line and, over budget, its warning. The gzipped sizes are
     * deflated in the background (about a second of CPU for a 1,000-page site), from the index stage
     * on and while the site is written; what is left of that when they are needed is timed as a stage
     * of its own, "index size".
     */
    private void reportIndexSize(SiteConfig site) throws BuildFailed {
        SearchIndex index = unreportedIndex;
        if (index == null) {
            return;
        }
        unreportedIndex = null;
        SearchIndexReport report = stage("index size", () -> index.report().join());
        reports.add(report.summary());
        long budget = site.search().budgetKb() * 1024;
        if (report.gzipBytes() > budget) {
            problems.report(Problem.warning(SourcePosition.of(site.file(), 1), "the search index is "
                    + (report.gzipEstimated() ? "about " : "") + report.gzipBytes() / 1024 + " KiB gzipped, over the budget of "
                    + site.search().budgetKb() + " KiB; raise search.budget_kb or index less text"));
        }
    }

    /** The search stage, run before writing or, under {@code serve}, after the pages are written. */
    @FunctionalInterface
    private interface IndexStage {
        List<RenderedFile> files() throws BuildFailed;
    }

    /**
     * The search files (index shards, display data, snippet texts; each serves http(s) and file://
     * alike) and the client's scripts: lunr, qunbook-search.js and the Web Worker that runs it.
     */
    private static List<RenderedFile> searchFiles(SearchIndex index) {
        List<RenderedFile> files = new ArrayList<>();
        index.files().forEach(f -> files.add(new RenderedFile("search/" + f.path(), f.parts())));
        for (String[] asset : new String[][] {{"lunr.min.js", "lunr-2.3.9.min.js"},
                {"qunbook-search.js", "qunbook-search.js"}, {"search-worker.js", "search-worker.js"}}) {
            try (var in = TextAnalyzer.class.getResourceAsStream(asset[1])) {
                files.add(new RenderedFile(SEARCH_ASSETS + asset[0], in.readAllBytes()));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return files;
    }

    /** After a failed one-off build: its staging folder goes (after a good one this does nothing). */
    private void discardUnfinished() {
        if (streamed == null) {
            return;
        }
        try {
            streamed.close();
        } catch (IOException e) {
            problems.report(Problem.warning(SourcePosition.fileOnly(display(options.output())),
                    "could not remove the unfinished build next to it: " + e.getMessage()));
        }
    }

    private void writePage(SiteOutput output, RenderedFile file) {
        try {
            output.write(file.outputPath(), file.parts(), "page " + file.outputPath());
        } catch (OutputPathException e) {
            problems.report(Problem.error(SourcePosition.fileOnly(display(options.output())), e.getMessage()));
        }
    }

    private void writePages(SiteOutput output, List<RenderedFile> rendered, List<StaticFile> statics,
                            Map<String, Path> themeAssets, PluginHost plugins) throws IOException, BuildFailed {
        try {
            rendered.parallelStream().forEach(f -> output.write(f.outputPath(), f.parts(), "page " + f.outputPath()));
            themeAssets.forEach((path, file) -> output.copy(path, file, "theme"));
            for (PluginAsset asset : plugins.assets()) {
                try (var in = asset.loader().getResourceAsStream(asset.resource())) {
                    output.write(asset.outputPath(), in.readAllBytes(), "plugin " + asset.plugin());
                }
            }
            statics.forEach(f -> output.copy(f.relativePath(), f.source(), display(f.source())));
        } catch (OutputPathException e) {
            throw fail(SourcePosition.fileOnly(display(options.output())), e.getMessage());
        }
    }

    /**
     * Offline reading's files, made from every file of the written site (so after the plugins'
     * postBuild). Never under serve: a service worker would cache what live reload replaces.
     */
    private void writeOfflineFiles(SiteOutput output, SiteConfig site, Map<String, String> messages) {
        if (!site.upkeep().offline().enabled() || options.serving() || !(output instanceof StagedOutput staged)) {
            return;
        }
        try {
            new org.qunbook.offline.OfflineSite(site, messages.getOrDefault("offline.unavailable", "Offline"))
                    .files(staged.folder()).forEach(f -> output.write(f.outputPath(), f.parts(), "offline reading"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void finish(SiteOutput output, PluginHost plugins, List<Page> pages, int[] counts, Runnable beforeCommit)
            throws IOException, BuildFailed {
        try {
            plugins.postBuild(pages, (path, bytes) -> output.write(path, bytes, "plugin postBuild"));
            failOnErrors("postBuild");
            beforeCommit.run();
            output.commit();
            counts[1] = output.fileCount();
        } catch (OutputPathException e) {
            throw fail(SourcePosition.fileOnly(display(options.output())), e.getMessage());
        }
    }

    /** Staged and swapped in whole, except under {@code serve} after a first build: then only changes. */
    private SiteOutput openOutput() throws IOException, BuildFailed {
        try {
            return cache == null ? StagedOutput.begin(options.output()) : openCachedOutput();
        } catch (OutputPathException e) {
            throw fail(SourcePosition.fileOnly(display(options.output())), e.getMessage());
        }
    }

    private SiteOutput openCachedOutput() throws IOException {
        java.util.Optional<LiveOutput> live = LiveOutput.resume(options.output(), cache.output);
        if (live.isPresent()) {
            return live.get();
        }
        return LiveOutput.recording(StagedOutput.begin(options.output()), cache.output);
    }

    private Map<String, String> messages(Theme theme, SiteConfig config) throws BuildFailed {
        try {
            return theme.messages(config.language());
        } catch (YamlSyntaxException e) {
            throw fail(new SourcePosition("theme i18n/" + config.language() + ".yml", e.line(), e.column()),
                    e.getMessage());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Runs one stage, timing it; stops the build if the stage reported errors. */
    private <T> T stage(String name, Callable<T> work) throws BuildFailed {
        long start = System.nanoTime();
        long startCpu = StageTime.processCpuNanos();
        long startGc = StageTime.gcMillis();
        try {
            T result = work.call();
            if (problems.hasErrors()) {
                throw new BuildFailed(name);
            }
            return result;
        } catch (BuildFailed e) {
            throw e;
        } catch (IOException e) {
            throw fail(SourcePosition.fileOnly(display(options.source())), name + ": " + e.getMessage());
        } catch (UncheckedIOException e) {
            throw fail(SourcePosition.fileOnly(display(options.source())), name + ": " + e.getCause().getMessage());
        } catch (Exception e) {
            if (e instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException(e);
        } finally {
            stages.merge(name, new StageTime(Duration.ofNanos(System.nanoTime() - start),
                    Duration.ofNanos(StageTime.processCpuNanos() - startCpu),
                    Duration.ofMillis(StageTime.gcMillis() - startGc)), StageTime::plus);
        }
    }

    private void stage(String name, Runnable work) throws BuildFailed {
        stage(name, () -> {
            work.run();
            return null;
        });
    }

    private void failOnErrors(String stage) throws BuildFailed {
        if (problems.hasErrors() || options.strict() && problems.warningCount() > 0) {
            throw new BuildFailed(stage);
        }
    }

    private BuildFailed fail(SourcePosition at, String message) {
        problems.report(Problem.error(at, message));
        return new BuildFailed(message);
    }

    /** A path as the user should see it: see {@link BuildOptions#workingDir()}. */
    String display(Path path) {
        return shownPaths.of(path);
    }
}
