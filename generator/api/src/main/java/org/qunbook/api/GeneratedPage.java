package org.qunbook.api;

import java.util.Map;

/**
 * A page a plugin adds, rendered through the theme like a Markdown page.
 *
 * @param url         site-relative URL path ending in {@code /}, e.g. {@code setup/}
 * @param title       page title
 * @param summary     one-line description (may be empty)
 * @param layout      theme template name without extension, e.g. {@code page}
 * @param contentHtml the page body; links inside it may be site-relative URLs starting with
 *                    {@code /}, which the build rewrites like any other link
 * @param data        extra template data, visible as {@code page.data}
 */
public record GeneratedPage(String url, String title, String summary, String layout,
                            String contentHtml, Map<String, Object> data) {

    public GeneratedPage {
        data = Map.copyOf(data);
    }
}
