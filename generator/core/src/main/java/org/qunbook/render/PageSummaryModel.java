package org.qunbook.render;

import java.util.List;

/**
 * A page as it appears in lists (section pages, tag pages).
 *
 * @param title     title
 * @param url       site-relative, encoded URL
 * @param summary   one-line summary
 * @param type      content type name
 * @param typeLabel content type display name
 * @param tags      the page's tags as links
 */
public record PageSummaryModel(String title, String url, String summary, String type, String typeLabel,
                               List<LinkModel> tags) {
}
