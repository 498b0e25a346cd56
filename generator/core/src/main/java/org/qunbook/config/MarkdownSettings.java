package org.qunbook.config;

/**
 * {@code markdown:} in {@code qunbook.yml}.
 *
 * @param unsafeHtml keep raw HTML in pages as written (scripts, iframes, event handlers, any URL)
 *                   instead of filtering it through the allow-list: for teams that trust every writer
 */
public record MarkdownSettings(boolean unsafeHtml) {

    public static MarkdownSettings defaults() {
        return new MarkdownSettings(false);
    }
}
