package org.qunbook.config;

import java.util.List;
import java.util.Optional;

/**
 * The site configuration, {@code content/qunbook.yml}.
 *
 * @param title       site title
 * @param description one-line description (home page, meta tags)
 * @param language    {@code zh-CN} (default) or {@code en}: UI strings and {@code lang}
 * @param baseUrl     where the site is hosted, ending in {@code /}; may carry a path
 * @param theme       theme name ({@code default})
 * @param footer      footer text, may be empty
 * @param types       the content types
 * @param plugins     enabled plugins, in the order their hooks run
 * @param search      search settings
 * @param file        the config file as the user sees it, for problems
 * @param pluginPath  {@code plugin_path}: jars and folders of jars to find plugins in, beside qunbook's own
 * @param options     share image, sidebar and tag check options
 * @param upkeep      review schedules, edit links, print page
 * @param markdown    Markdown settings (raw HTML policy)
 */
public record SiteConfig(String title, String description, String language, String baseUrl, String theme,
                         String footer, List<ContentType> types, List<PluginConfig> plugins,
                         SearchSettings search, String file, List<PluginPathEntry> pluginPath,
                         SiteOptions options, UpkeepSettings upkeep,
                         MarkdownSettings markdown) {

    public SiteConfig {
        types = List.copyOf(types);
        plugins = List.copyOf(plugins);
        pluginPath = List.copyOf(pluginPath);
        options = options == null ? SiteOptions.defaults() : options;
        upkeep = upkeep == null ? UpkeepSettings.none() : upkeep;
        markdown = markdown == null ? MarkdownSettings.defaults() : markdown;
    }

    /**
     * A config without {@code plugin_path}, review, edit links or print page, with the default
     * {@link SiteOptions} and Markdown settings.
     */
    public SiteConfig(String title, String description, String language, String baseUrl, String theme,
                      String footer, List<ContentType> types, List<PluginConfig> plugins,
                      SearchSettings search, String file) {
        this(title, description, language, baseUrl, theme, footer, types, plugins, search, file, List.of(),
                SiteOptions.defaults(), UpkeepSettings.none(), MarkdownSettings.defaults());
    }

    /** The type whose folder is {@code folder}, if any. */
    public Optional<ContentType> typeForFolder(String folder) {
        return types.stream().filter(t -> t.folder().equals(folder)).findFirst();
    }

    public Optional<ContentType> type(String name) {
        return types.stream().filter(t -> t.name().equals(name)).findFirst();
    }

    /** The path part of {@link #baseUrl()}: {@code /} or {@code /handbook/}. */
    public String basePath() {
        String url = baseUrl;
        int scheme = url.indexOf("://");
        if (scheme >= 0) {
            int slash = url.indexOf('/', scheme + 3);
            url = slash < 0 ? "/" : url.substring(slash);
        }
        return url.endsWith("/") ? url : url + "/";
    }
}
