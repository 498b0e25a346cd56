package org.qunbook.config;

/**
 * What the site says about itself on every page: the values of {@code qunbook.yml} the theme shows.
 * Templates read each component as {@code site.<name>} ({@code site.title}, {@code site.footer}),
 * with no copy in between: a new config-backed template variable is a component here, its key in
 * {@link SiteConfigLoader}, and the template that shows it.
 *
 * @param title       {@code title:} the site's name
 * @param description {@code description:} one line for the home page and meta tags, may be empty
 * @param language    {@code language:} {@code zh-CN} (default) or {@code en}: UI strings and {@code lang}
 * @param baseUrl     {@code base_url:} where the site is hosted, ending in {@code /}; may carry a path
 * @param footer      {@code footer:} footer text, may be empty
 * @param copyright   {@code copyright:} the copyright or licence line in every page's footer, may be empty
 */
public record SiteIdentity(String title, String description, String language, String baseUrl, String footer,
                           String copyright) {

    public SiteIdentity {
        description = description == null ? "" : description;
        footer = footer == null ? "" : footer;
        copyright = copyright == null ? "" : copyright.strip();
    }

    /** A site called {@code title}, everything else at the loader's defaults (Chinese, hosted at {@code /}). */
    public static SiteIdentity titled(String title) {
        return new SiteIdentity(title, "", "zh-CN", "/", "", "");
    }

    /** The same site hosted at {@code url} ({@code --base-url}); a missing final {@code /} is added. */
    public SiteIdentity withBaseUrl(String url) {
        return new SiteIdentity(title, description, language, url.endsWith("/") ? url : url + "/", footer, copyright);
    }
}
