package org.qunbook.config;

import java.util.List;
import java.util.Optional;

/**
 * The site configuration, {@code content/qunbook.yml}, as the parts the build's stages read. Made by
 * {@link SiteConfigLoader}, or by {@link #builder()} (tests, tools), whose defaults are the loader's.
 *
 * @param identity   title, description, language, base URL, footer, copyright: what templates see as {@code site.*}
 * @param theme      theme name ({@code default})
 * @param types      the content types
 * @param plugins    enabled plugins, in the order their hooks run
 * @param search     search settings
 * @param options    share image, sidebar and tag check options
 * @param upkeep     review schedules, edit links, print page
 * @param markdown   Markdown settings (raw HTML policy)
 * @param file       the config file as the user sees it, for problems
 * @param pluginPath {@code plugin_path}: jars and folders of jars to find plugins in, beside qunbook's own
 */
public record SiteConfig(SiteIdentity identity, String theme, List<ContentType> types, List<PluginConfig> plugins,
                         SearchSettings search, SiteOptions options, UpkeepSettings upkeep,
                         MarkdownSettings markdown, String file, List<PluginPathEntry> pluginPath) {

    public SiteConfig {
        types = List.copyOf(types);
        plugins = List.copyOf(plugins);
        pluginPath = List.copyOf(pluginPath);
        search = search == null ? SearchSettings.defaults() : search;
        options = options == null ? SiteOptions.defaults() : options;
        upkeep = upkeep == null ? UpkeepSettings.none() : upkeep;
        markdown = markdown == null ? MarkdownSettings.defaults() : markdown;
    }

    /** A config with the loader's defaults: set what differs, then {@link Builder#build()}. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this config, to change a part of it. */
    public Builder toBuilder() {
        return new Builder(this);
    }

    /** The same site hosted at {@code url} ({@code --base-url}); a missing final {@code /} is added. */
    public SiteConfig withBaseUrl(String url) {
        return toBuilder().identity(identity.withBaseUrl(url)).build();
    }

    /** The same site with only these plugins. */
    public SiteConfig withPlugins(List<PluginConfig> enabled) {
        return toBuilder().plugins(enabled).build();
    }

    public String title() {
        return identity.title();
    }

    public String description() {
        return identity.description();
    }

    public String language() {
        return identity.language();
    }

    public String baseUrl() {
        return identity.baseUrl();
    }

    public String footer() {
        return identity.footer();
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
        String url = baseUrl();
        int scheme = url.indexOf("://");
        if (scheme >= 0) {
            int slash = url.indexOf('/', scheme + 3);
            url = slash < 0 ? "/" : url.substring(slash);
        }
        return url.endsWith("/") ? url : url + "/";
    }

    /** Builds a {@link SiteConfig} part by part; every part not set keeps the loader's default. */
    public static final class Builder {
        private SiteIdentity identity = SiteIdentity.titled("");
        private String theme = "default";
        private List<ContentType> types = List.of();
        private List<PluginConfig> plugins = List.of();
        private SearchSettings search = SearchSettings.defaults();
        private SiteOptions options = SiteOptions.defaults();
        private UpkeepSettings upkeep = UpkeepSettings.none();
        private MarkdownSettings markdown = MarkdownSettings.defaults();
        private String file = "qunbook.yml";
        private List<PluginPathEntry> pluginPath = List.of();

        private Builder() {
        }

        private Builder(SiteConfig config) {
            identity = config.identity;
            theme = config.theme;
            types = config.types;
            plugins = config.plugins;
            search = config.search;
            options = config.options;
            upkeep = config.upkeep;
            markdown = config.markdown;
            file = config.file;
            pluginPath = config.pluginPath;
        }

        public Builder identity(SiteIdentity identity) {
            this.identity = identity;
            return this;
        }

        /** A site called {@code title}, the rest of its identity at the defaults. */
        public Builder title(String title) {
            this.identity = SiteIdentity.titled(title);
            return this;
        }

        public Builder theme(String theme) {
            this.theme = theme;
            return this;
        }

        public Builder types(List<ContentType> types) {
            this.types = types;
            return this;
        }

        public Builder plugins(List<PluginConfig> plugins) {
            this.plugins = plugins;
            return this;
        }

        public Builder search(SearchSettings search) {
            this.search = search;
            return this;
        }

        public Builder options(SiteOptions options) {
            this.options = options;
            return this;
        }

        public Builder upkeep(UpkeepSettings upkeep) {
            this.upkeep = upkeep;
            return this;
        }

        public Builder markdown(MarkdownSettings markdown) {
            this.markdown = markdown;
            return this;
        }

        /** The config file as the user sees it, for problems. */
        public Builder file(String file) {
            this.file = file;
            return this;
        }

        public Builder pluginPath(List<PluginPathEntry> pluginPath) {
            this.pluginPath = pluginPath;
            return this;
        }

        public SiteConfig build() {
            return new SiteConfig(identity, theme, types, plugins, search, options, upkeep, markdown, file,
                    pluginPath);
        }
    }
}
