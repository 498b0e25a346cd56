package org.qunbook.render;

/**
 * A link for templates.
 *
 * @param title link text
 * @param url   site-relative, percent-encoded URL; templates prefix it with {@code root}
 */
public record LinkModel(String title, String url) {
}
