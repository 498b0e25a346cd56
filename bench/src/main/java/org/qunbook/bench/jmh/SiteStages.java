package org.qunbook.bench.jmh;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jsoup.nodes.Element;
import org.qunbook.api.HanziOrder;
import org.qunbook.api.Problem;
import org.qunbook.api.SiteInfo;
import org.qunbook.bench.SyntheticSite;
import org.qunbook.config.SiteConfig;
import org.qunbook.config.SiteConfigLoader;
import org.qunbook.load.ContentLoader;
import org.qunbook.load.LoadedContent;
import org.qunbook.parse.MarkdownParser;
import org.qunbook.parse.MarkdownSetup;
import org.qunbook.plugin.PluginAsset;
import org.qunbook.plugin.PluginHost;
import org.qunbook.plugin.PluginLoader;
import org.qunbook.plugin.SiteTextTools;
import org.qunbook.problem.Problems;
import org.qunbook.render.SiteRenderer;
import org.qunbook.search.ScriptFolding;
import org.qunbook.site.ContentHandle;
import org.qunbook.site.ContentPage;
import org.qunbook.text.PinyinOrder;
import org.qunbook.theme.MessagesFileException;
import org.qunbook.theme.Theme;
import org.qunbook.transform.ContentTransformer;
import org.qunbook.transform.TransformedPage;

/**
 * A synthetic site taken through the build's stages up to transform with the core's public classes,
 * the way {@code org.qunbook.build.Build} chains them, so each benchmark can time one stage on real
 * inputs. The pages as parsed are kept ({@link #parsedCopy()}), since transforms change them in place.
 */
final class SiteStages implements AutoCloseable {

    static final long SEED = 20261123L;

    private final Path root;
    private final SiteConfig site;
    private final Theme theme;
    private final Map<String, String> messages;
    private final HanziOrder pinyin = new PinyinOrder();
    private final PluginHost plugins;
    private final MarkdownParser parser;
    private final List<ContentPage> parsed;
    private final List<TransformedPage> transformed;

    private SiteStages(Path root, Predicate<String> enabledPlugins) throws IOException, MessagesFileException {
        this.root = root;
        Path content = root.resolve("content");
        Problems problems = new Problems();
        SiteConfig config = new SiteConfigLoader().load(content.resolve("qunbook.yml"), "qunbook.yml", problems)
                .orElseThrow(() -> new IllegalStateException(format(problems)));
        site = config.withPlugins(config.plugins().stream().filter(p -> enabledPlugins.test(p.name())).toList());
        ClassLoader loader = SiteStages.class.getClassLoader();
        theme = Theme.find(site.theme(), Optional.empty(), content.resolve("_theme"), loader).orElseThrow();
        Map<String, String> themeMessages = theme.messages(site.language());
        MarkdownSetup markdown = new MarkdownSetup();
        plugins = new PluginHost(new PluginLoader(loader).load(site, problems), site,
                new SiteInfo(site.title(), site.language(), site.baseUrl(), false),
                new SiteTextTools(ScriptFolding.openCc(), pinyin), problems);
        plugins.configure(markdown);
        messages = plugins.messages(themeMessages); // as the build: plugins' strings under the theme's
        LoadedContent loaded = new ContentLoader(site, Path::toString, false).load(content, problems);
        parser = new MarkdownParser(markdown);
        List<ContentPage> pages = new ArrayList<>();
        for (var source : loaded.pages()) {
            try {
                var parsed = parser.parse(source);
                pages.add(ContentPage.of(parsed));
            } catch (org.qunbook.parse.MarkdownRefused e) {
                throw new IllegalStateException(source.displayPath() + ": " + e.getMessage(), e);
            }
        }
        plugins.contentLoaded(pages);
        pages.addAll(plugins.addPages(List.copyOf(pages)));
        pages.sort(Comparator.comparing(ContentPage::url));
        parsed = pages.stream().map(SiteStages::copy).toList();
        Set<String> staticPaths = new TreeSet<>(theme.assets().keySet());
        plugins.assets().forEach(a -> staticPaths.add(a.outputPath()));
        transformed = new ContentTransformer(plugins, key -> messages.getOrDefault(key, key))
                .transform(List.copyOf(pages), staticPaths, problems);
        if (problems.hasErrors()) {
            throw new IllegalStateException(format(problems));
        }
    }

    /** A generated site of {@code pages} pages and {@code terms} glossary terms, with the plugins named. */
    static SiteStages generate(int pages, int terms, Predicate<String> enabledPlugins) {
        try {
            Path root = Files.createTempDirectory("qunbook-jmh-");
            SyntheticSite.generate(pages, terms, SEED).writeQunbook(root.resolve("content"));
            return new SiteStages(root, enabledPlugins);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (MessagesFileException e) {
            throw new IllegalStateException("the theme's messages", e);
        }
    }

    Path content() {
        return root.resolve("content");
    }

    SiteConfig site() {
        return site;
    }

    PluginHost plugins() {
        return plugins;
    }

    MarkdownParser parser() {
        return parser;
    }

    /** Every page as parsed, before any transform; not to be changed (see {@link #copy}). */
    List<ContentPage> parsed() {
        return parsed;
    }

    List<TransformedPage> transformed() {
        return transformed;
    }

    /**
     * The transformed pages, each with its own copy of the content, for a render: the render stage
     * takes a page's content once ({@link ContentHandle#take}).
     */
    List<TransformedPage> transformedCopies() {
        return transformed.stream().map(t -> new TransformedPage(t.page(), new ContentHandle(
                t.content().element().ownerDocument().clone().body()), t.toc(), t.stats(), t.text(), t.plugins()))
                .toList();
    }

    /** The transformed page at {@code url}. */
    TransformedPage transformed(String url) {
        return transformed.stream().filter(t -> t.page().url().equals(url)).findFirst().orElseThrow();
    }

    /** A renderer as the render stage builds it (templates parsed once, then cached). */
    SiteRenderer renderer() throws IOException {
        return new SiteRenderer(site, theme, messages, pinyin);
    }

    /** Stylesheets, then scripts, as the build lists them for templates (search first). */
    List<List<String>> assets() {
        List<String> stylesheets = new ArrayList<>();
        List<String> scripts = new ArrayList<>(List.of("assets/search/qunbook-search.js",
                "assets/search/search-highlight.js", "assets/qunbook/runtime.js"));
        theme.assets().keySet().stream().filter(p -> p.startsWith("assets/css/")).forEach(stylesheets::add);
        theme.assets().keySet().stream().filter(p -> p.startsWith("assets/js/")).forEach(scripts::add);
        for (PluginAsset asset : plugins.assets()) {
            (asset.outputPath().endsWith(".css") ? stylesheets : scripts).add(asset.outputPath());
        }
        return List.of(stylesheets, scripts);
    }

    /** A page with its own copy of the content (the owner document cloned, keeping its output settings). */
    static ContentPage copy(ContentPage page) {
        Element content = page.content().ownerDocument().clone().body();
        return new ContentPage(page.page(), new ContentHandle(content));
    }

    private static String format(Problems problems) {
        return problems.sorted().stream().map(Problem::format).collect(Collectors.joining("\n"));
    }

    @Override
    public void close() throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
