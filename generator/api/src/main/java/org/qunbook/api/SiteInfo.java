package org.qunbook.api;

/**
 * Read-only facts about the site.
 *
 * @param title    the site title from {@code qunbook.yml}
 * @param language {@code zh-CN} or {@code en}
 * @param baseUrl  the configured base URL, always ending in {@code /} ({@code /} when unset)
 * @param serving  true under {@code qunbook serve}, where drafts are shown (as they are in a build with {@code --drafts})
 */
public record SiteInfo(String title, String language, String baseUrl, boolean serving) {
}
