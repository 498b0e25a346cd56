package org.qunbook.build;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ForkJoinPool;
import org.qunbook.api.HanziOrder;
import org.qunbook.api.Problem;
import org.qunbook.api.SiteInfo;
import org.qunbook.api.SourcePosition;
import org.qunbook.api.TextTools;
import org.qunbook.config.SiteConfig;
import org.qunbook.config.SiteConfigLoader;
import org.qunbook.files.ConfinedTree;
import org.qunbook.offline.OfflineSite;
import org.qunbook.parse.MarkdownSetup;
import org.qunbook.plugin.DataFiles;
import org.qunbook.plugin.PluginHost;
import org.qunbook.plugin.PluginLoader;
import org.qunbook.plugin.SitePluginPath;
import org.qunbook.problem.ShownPaths;
import org.qunbook.search.ScriptFolding;
import org.qunbook.theme.MessagesFileException;
import org.qunbook.theme.Theme;

/**
 * The stages before the content: the site's configuration (with the build's overrides), its theme
 * and UI strings, and its plugins.
 */
final class SiteSetup {

    private static final String CONFIG_FILE = "qunbook.yml";

    private final BuildOptions options;
    private final StageRunner stages;
    private final BuildMode mode;

    SiteSetup(BuildOptions options, StageRunner stages, BuildMode mode) {
        this.options = options;
        this.stages = stages;
        this.mode = mode;
    }

    /** The site's configuration, with {@code --base-url} applied. */
    SiteConfig config() throws BuildFailed {
        Path source = options.folders().source();
        Optional<ConfinedTree.Escape> escape = new ConfinedTree(source, "the content folder")
                .escape(source.resolve(CONFIG_FILE));
        if (escape.isPresent()) {
            throw stages.fail(SourcePosition.fileOnly(stages.display(escape.get().link())), escape.get().message());
        }
        SiteConfig config = new SiteConfigLoader()
                .load(source.resolve(CONFIG_FILE), stages.display(source.resolve(CONFIG_FILE)), stages.problems())
                .orElseThrow(() -> new BuildFailed("config"));
        if (options.site().baseUrl().isEmpty()) {
            return config;
        }
        return config.withBaseUrl(options.site().baseUrl().get());
    }

    /** The site's theme; a link in it that leads out of it is an error. */
    Theme theme(SiteConfig site) throws BuildFailed {
        Theme theme = Theme.find(site.theme(), options.folders().themeDir(),
                options.folders().source().resolve("_theme"), options.plugins().classLoader()).orElseThrow(() -> stages.fail(SourcePosition.of(site.file(), 1),
                "theme '" + site.theme() + "' not found"));
        theme.escapes().forEach(escape -> stages.problems().report(Problem.error(
                SourcePosition.fileOnly(stages.display(escape.link())), escape.message())));
        return theme;
    }

    /** The theme's UI strings in the site's language, with the site's overrides. */
    Map<String, String> messages(Theme theme, SiteConfig config) throws BuildFailed {
        try {
            return theme.messages(config.language());
        } catch (MessagesFileException e) {
            String file = e.siteFile().map(stages::display).orElse("theme i18n/" + config.language() + ".yml");
            throw stages.fail(new SourcePosition(file, e.line(), e.column()), e.getMessage());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The plugins, found on qunbook's own class path and on the plugin path: the tool's entries
     * ({@code --plugin-path}...), then the site's {@code plugin_path}, in a class loader of their own;
     * their Markdown extensions added to {@code markdown}.
     */
    PluginHost plugins(SiteConfig site, SiteInfo info, TextTools text, MarkdownSetup markdown) {
        SitePluginPath path = SitePluginPath.of(options.plugins().pluginPath(), site, options.folders().source(),
                new ShownPaths(options.folders().workingDir()), stages.problems());
        PluginLoader loader = new PluginLoader(
                mode.pluginJars(path.jars(), options.plugins().classLoader()).loader(), path.shown(), options.plugins().pluginPath().howToAdd());
        PluginHost host = new PluginHost(loader.load(site, stages.problems()), site, info, text, stages.problems(),
                new DataFiles(options.folders().source(), stages::display));
        host.configure(markdown);
        return host;
    }

    /**
     * Offline reading's files, if the site asks for them. Never under {@code serve}: a service worker
     * would cache what live reload replaces.
     */
    Optional<OfflineSite> offline(SiteConfig site, Map<String, String> messages) {
        if (!site.upkeep().offline().enabled() || options.run().serving()) {
            return Optional.empty();
        }
        return Optional.of(new OfflineSite(site, messages.getOrDefault("offline.unavailable", "Offline")));
    }

    /**
     * Two dictionaries later stages need (OpenCC's characters, pinyin: ~0.1 s each to load), read on
     * another core while the config, theme and content are.
     */
    void preloadDictionaries(HanziOrder pinyin) {
        ForkJoinPool.commonPool().execute(() -> {
            ScriptFolding.openCc();
            pinyin.sortKey("中");
        });
    }
}
