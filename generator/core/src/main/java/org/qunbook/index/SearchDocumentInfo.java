package org.qunbook.index;

/**
 * What the results list needs to show a hit at once, shipped beside the index
 * ({@code search/docs.json}). The page text for snippets comes later, in {@code search/texts.json}.
 *
 * @param ref       the lunr ref ({@code a}, {@code b}, … in document order)
 * @param url       site-relative, percent-encoded URL (may carry a fragment)
 * @param title     result title
 * @param type      content type name
 * @param typeLabel content type display name (the badge)
 * @param section   section title
 * @param summary   one-line summary
 */
public record SearchDocumentInfo(String ref, String url, String title, String type, String typeLabel,
                                 String section, String summary) {
}
