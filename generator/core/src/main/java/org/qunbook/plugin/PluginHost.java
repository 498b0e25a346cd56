package org.qunbook.plugin;

import com.vladsch.flexmark.util.data.DataKey;
import com.vladsch.flexmark.util.misc.Extension;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import org.jsoup.nodes.Element;
import org.qunbook.api.AddPagesContext;
import org.qunbook.api.ContentLoadedContext;
import org.qunbook.api.GeneratedPage;
import org.qunbook.api.OptionsException;
import org.qunbook.api.PageInfo;
import org.qunbook.api.PageView;
import org.qunbook.api.PluginSetup;
import org.qunbook.api.PostBuildContext;
import org.qunbook.api.Problem;
import org.qunbook.api.SearchEntriesContext;
import org.qunbook.api.SearchEntry;
import org.qunbook.api.SiteInfo;
import org.qunbook.api.SourcePosition;
import org.qunbook.api.TextTools;
import org.qunbook.api.TransformContext;
import org.qunbook.config.SiteConfig;
import org.qunbook.parse.MarkdownSetup;
import org.qunbook.problem.Problems;
import org.qunbook.site.ContentPage;

/**
 * Runs the enabled plugins' hooks in configured order and collects what they contribute. Every
 * call is guarded: an exception becomes a build error naming the plugin, the hook and the file.
 */
public final class PluginHost {

    private final List<LoadedPlugin> plugins;
    private final SiteConfig config;
    private final SiteInfo site;
    private final Problems problems;
    private final OptionsBinder options = new OptionsBinder();
    private final Map<String, Object> siteData = new ConcurrentHashMap<>();
    private final List<PluginAsset> assets = Collections.synchronizedList(new ArrayList<>());
    /** Each page's plugin data and slots, by URL, from its last transform. */
    private final Map<String, PageParts> pageParts = new ConcurrentHashMap<>();

    private final TextTools text;
    private final DataFiles dataFiles;
    private final PluginMessages messages;

    public PluginHost(List<LoadedPlugin> plugins, SiteConfig config, SiteInfo site, TextTools text,
                      Problems problems) {
        this(plugins, config, site, text, problems, DataFiles.NONE);
    }

    /** @param dataFiles the content folder's data files ({@link org.qunbook.api.SiteContext#dataFile}) */
    public PluginHost(List<LoadedPlugin> plugins, SiteConfig config, SiteInfo site, TextTools text,
                      Problems problems, DataFiles dataFiles) {
        this.dataFiles = dataFiles;
        this.plugins = List.copyOf(plugins);
        this.config = config;
        this.site = site;
        this.text = text;
        this.problems = problems;
        this.messages = new PluginMessages(site.language(), problems);
    }

    public List<String> names() {
        return plugins.stream().map(LoadedPlugin::name).toList();
    }

    /** Data plugins published for templates, by plugin name (sorted, for stable output). */
    public Map<String, Object> siteData() {
        return Collections.unmodifiableMap(new TreeMap<>(siteData));
    }

    public List<PluginAsset> assets() {
        synchronized (assets) {
            return List.copyOf(assets);
        }
    }

    /**
     * The UI strings of the site: the plugins' ({@code plugin.<name>.*}, read in {@link #configure})
     * under {@code themeMessages} (the theme's, with the site's overrides), which win. Plugins' later
     * hooks read them ({@link org.qunbook.api.SiteContext#findMessage}).
     */
    public Map<String, String> messages(Map<String, String> themeMessages) {
        messages.checkSiteOverrides(dataFiles.contentDir(), dataFiles.displayPath());
        return messages.withSite(themeMessages);
    }

    public void configure(MarkdownSetup markdown) {
        for (LoadedPlugin loaded : plugins) {
            guard(loaded, "configure", config.file(), () -> loaded.plugin().configure(new Setup(loaded, markdown)));
        }
    }

    public void contentLoaded(List<ContentPage> pages) {
        for (LoadedPlugin loaded : plugins) {
            guard(loaded, "contentLoaded", "", () -> loaded.plugin().contentLoaded(new BeforeRender(loaded, pages)));
        }
    }

    /** The pages plugins add, as site pages named after their plugin. */
    public List<ContentPage> addPages(List<ContentPage> pages) {
        List<ContentPage> added = new ArrayList<>();
        for (LoadedPlugin loaded : plugins) {
            guard(loaded, "addPages", "", () -> loaded.plugin().addPages(new BeforeRender(loaded, pages) {
                @Override
                public void addPage(GeneratedPage page) {
                    added.add(ContentPage.generated(page, loaded.name()));
                }
            }));
        }
        return added;
    }

    /** Plugin transforms of one page, in configured order; safe to call for pages in parallel. */
    public void transform(ContentPage page, List<ContentPage> pages) {
        pageParts.remove(page.url()); // serve's quick render transforms a page again
        for (LoadedPlugin loaded : plugins) {
            guard(loaded, "transform", page.sourcePath(), () -> loaded.plugin().transform(new BeforeRender(loaded, pages) {
                @Override
                public PageView page() {
                    return page;
                }

                @Override
                public Element content() {
                    return page.content();
                }

                @Override
                public String hrefTo(String url) {
                    return "/" + url;
                }

                @Override
                public void putPageData(Object value) {
                    if (value == null) {
                        parts().data.remove(loaded.name());
                    } else {
                        parts().data.put(loaded.name(), value);
                    }
                }

                /** Made on first use: most pages get nothing from plugins. */
                private PageParts parts() {
                    return pageParts.computeIfAbsent(page.url(), url -> new PageParts());
                }

                @Override
                public Element slot(String name) {
                    if (!SLOTS.contains(name)) {
                        throw new IllegalArgumentException("unknown slot '" + name + "'; slots: "
                                + String.join(", ", SLOTS));
                    }
                    return parts().slots.computeIfAbsent(name, n -> new LinkedHashMap<>())
                            .computeIfAbsent(loaded.name(), n -> new Element("div").addClass("plugin-slot")
                                    .attr("data-plugin", n));
                }
            }));
        }
    }

    /** The elements plugins put in slots on {@code page} (by its last {@link #transform}), to check their links. */
    public List<Element> slotElements(PageInfo page) {
        PageParts parts = pageParts.get(page.url());
        if (parts == null) {
            return List.of();
        }
        List<Element> elements = new ArrayList<>();
        parts.slots.values().forEach(byPlugin -> elements.addAll(byPlugin.values()));
        return elements;
    }

    /** What plugins made for {@code page} besides its content, as the theme gets it. */
    public PluginPageOutput pageOutput(PageInfo page) {
        PageParts parts = pageParts.get(page.url());
        if (parts == null) {
            return PluginPageOutput.NONE;
        }
        Map<String, String> slots = new TreeMap<>();
        parts.slots.forEach((slot, byPlugin) -> {
            StringBuilder html = new StringBuilder();
            byPlugin.values().stream().filter(e -> e.childNodeSize() > 0).forEach(e -> html.append(e.outerHtml()));
            if (!html.isEmpty()) {
                slots.put(slot, html.toString());
            }
        });
        return new PluginPageOutput(parts.data, slots);
    }

    /** The theme's named places plugins can fill ({@link TransformContext#slot}). */
    private static final List<String> SLOTS = List.of(TransformContext.AFTER_CONTENT, TransformContext.SIDEBAR_BOTTOM);

    /** One page's plugin data and slot elements (slot, then plugin, in configured order). */
    private static final class PageParts {
        final Map<String, Object> data = new TreeMap<>();
        final Map<String, Map<String, Element>> slots = new LinkedHashMap<>();
    }

    /**
     * @param pages the site's pages after render: plugins get them as facts; a content page among
     *              them refuses its content (released), with a message naming the stage
     */
    public List<SearchEntry> searchEntries(List<? extends PageInfo> pages) {
        List<SearchEntry> entries = new ArrayList<>();
        for (LoadedPlugin loaded : plugins) {
            guard(loaded, "addSearchEntries", "", () -> loaded.plugin().addSearchEntries(
                    new AfterRender(loaded, pages) {
                        @Override
                        public void addSearchEntry(SearchEntry entry) {
                            entries.add(entry);
                        }
                    }));
        }
        return entries;
    }

    /**
     * @param pages the site's pages after render, as for {@link #searchEntries}
     * @param write writes one file into the output; rejects paths leaving it
     */
    public void postBuild(List<? extends PageInfo> pages, java.util.function.BiConsumer<String, byte[]> write) {
        for (LoadedPlugin loaded : plugins) {
            guard(loaded, "postBuild", "", () -> loaded.plugin().postBuild(new AfterRender(loaded, pages) {
                @Override
                public void writeFile(String outputPath, byte[] content) {
                    write.accept(outputPath, content);
                }
            }));
        }
    }

    private void guard(LoadedPlugin loaded, String hook, String file, Runnable call) {
        try {
            call.run();
        } catch (OptionsException e) {
            int line = loaded.config().optionLines().getOrDefault(e.key(), loaded.config().line());
            problems.report(Problem.error(SourcePosition.of(config.file(), line), e.getMessage()));
        } catch (RuntimeException | LinkageError e) {
            String where = file.isEmpty() ? "" : " for " + file;
            problems.report(Problem.error(file.isEmpty() ? SourcePosition.fileOnly(config.file())
                            : SourcePosition.fileOnly(file),
                    "plugin '" + loaded.name() + "' failed in " + hook + where + ": " + describe(e)));
        }
    }

    private static String describe(Throwable e) {
        StackTraceElement top = e.getStackTrace().length == 0 ? null : e.getStackTrace()[0];
        return e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage())
                + (top == null ? "" : " (at " + top.getClassName() + "." + top.getMethodName() + ":"
                + top.getLineNumber() + ")");
    }

    private final class Setup implements PluginSetup {
        private final LoadedPlugin loaded;
        private final MarkdownSetup markdown;

        Setup(LoadedPlugin loaded, MarkdownSetup markdown) {
            this.loaded = loaded;
            this.markdown = markdown;
        }

        @Override
        public SiteInfo site() {
            return site;
        }

        @Override
        public TextTools text() {
            return text;
        }

        @Override
        public <T> T options(Class<T> type) {
            return options.bind(loaded.config(), type);
        }

        @Override
        public void addMarkdownExtension(Extension extension) {
            markdown.addExtension(extension);
        }

        @Override
        public <T> void setMarkdownOption(DataKey<T> key, T value) {
            markdown.setOption(key, value);
        }

        @Override
        public void addAsset(String outputPath, String classpathResource) {
            ClassLoader loader = loaded.plugin().getClass().getClassLoader();
            if (loader.getResource(classpathResource) == null) {
                throw new IllegalArgumentException("asset resource not found: " + classpathResource);
            }
            assets.add(new PluginAsset(loaded.name(), outputPath, classpathResource, loader));
        }

        @Override
        public void addMessages(String folder, String defaultLanguage) {
            messages.register(loaded.name(), loaded.plugin().getClass(), folder, defaultLanguage);
        }
    }

    /** What every hook's context has; each hook's own methods are in the subclasses, overridden per hook. */
    private abstract class Contexts implements org.qunbook.api.SiteContext {
        final LoadedPlugin loaded;

        Contexts(LoadedPlugin loaded) {
            this.loaded = loaded;
        }

        @Override
        public SiteInfo site() {
            return site;
        }

        @Override
        public TextTools text() {
            return text;
        }

        @Override
        public void putSiteData(Object value) {
            siteData.put(loaded.name(), value);
        }

        @Override
        public void report(Problem problem) {
            problems.report(problem);
        }

        @Override
        public Optional<org.qunbook.api.FrontMatter> dataFile(String relativePath) {
            return dataFiles.read(relativePath, problems);
        }

        @Override
        public Optional<String> findMessage(String key) {
            return messages.find(key);
        }
    }

    /** The hooks before render: pages with their content. */
    private class BeforeRender extends Contexts implements ContentLoadedContext, AddPagesContext, TransformContext {
        private final List<ContentPage> pages;

        BeforeRender(LoadedPlugin loaded, List<ContentPage> pages) {
            super(loaded);
            this.pages = pages;
        }

        @Override
        public List<PageView> pages() {
            return Collections.unmodifiableList(pages);
        }

        @Override
        public Optional<PageView> findPage(String url) {
            return pages.stream().filter(p -> p.url().equals(url)).<PageView>map(p -> p).findFirst();
        }

        @Override
        public void addPage(GeneratedPage page) {
            throw new IllegalStateException("addPage is only available in addPages");
        }

        @Override
        public PageView page() {
            throw new IllegalStateException("page() is only available in transform");
        }

        @Override
        public Element content() {
            throw new IllegalStateException("content() is only available in transform");
        }

        @Override
        public String hrefTo(String url) {
            throw new IllegalStateException("hrefTo is only available in transform");
        }

        @Override
        public void putPageData(Object value) {
            throw new IllegalStateException("putPageData is only available in transform");
        }

        @Override
        public Element slot(String name) {
            throw new IllegalStateException("slot is only available in transform");
        }
    }

    /** The hooks after render: pages as facts, their content released. */
    private class AfterRender extends Contexts implements SearchEntriesContext, PostBuildContext {
        private final List<PageInfo> pages;

        AfterRender(LoadedPlugin loaded, List<? extends PageInfo> pages) {
            super(loaded);
            this.pages = Collections.unmodifiableList(pages);
        }

        @Override
        public List<PageInfo> pages() {
            return pages;
        }

        @Override
        public Optional<PageInfo> findPage(String url) {
            return pages.stream().filter(p -> p.url().equals(url)).findFirst();
        }

        @Override
        public void addSearchEntry(SearchEntry entry) {
            throw new IllegalStateException("addSearchEntry is only available in addSearchEntries");
        }

        @Override
        public void writeFile(String outputPath, byte[] content) {
            throw new IllegalStateException("writeFile is only available in postBuild");
        }
    }
}
