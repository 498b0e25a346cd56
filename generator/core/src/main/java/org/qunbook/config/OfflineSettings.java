package org.qunbook.config;

/**
 * Offline reading ({@code offline:} in {@code qunbook.yml}): a web app manifest and a service worker
 * that keeps visited pages, and the "save the whole handbook" control.
 *
 * @param enabled    write {@code manifest.webmanifest}, {@code sw.js} and {@code offline-manifest.json}
 * @param shortName  the app's name under its home-screen icon ({@code short_name}); empty: the site title
 * @param themeColor the app's theme colour ({@code theme_color}), a CSS hex colour
 */
public record OfflineSettings(boolean enabled, String shortName, String themeColor) {

    /** The default theme's header colour in light mode, as in its {@code <meta name="theme-color">}. */
    public static final String DEFAULT_THEME_COLOR = "#ffffff";

    public static OfflineSettings off() {
        return new OfflineSettings(false, "", DEFAULT_THEME_COLOR);
    }
}
