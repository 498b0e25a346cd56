package org.qunbook.index;

/**
 * What the results list needs to show a hit, shipped beside the index ({@code search/docs.json}).
 *
 * @param ref       the lunr ref ({@code /playbooks/x/})
 * @param url       site-relative, percent-encoded URL (may carry a fragment)
 * @param title     result title
 * @param type      content type name
 * @param typeLabel content type display name (the badge)
 * @param section   section title
 * @param summary   one-line summary
 * @param text      body text, for snippets around the match
 */
public record SearchDocumentInfo(String ref, String url, String title, String type, String typeLabel,
                                 String section, String summary, String text) {
}
