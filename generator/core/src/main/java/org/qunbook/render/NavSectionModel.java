package org.qunbook.render;

import java.util.List;

/**
 * One sidebar group: a section and its pages in reading order.
 *
 * @param title section title
 * @param url   the section page's URL (encoded), or {@code ""} for the group of root pages
 * @param name  the section folder ({@code playbooks})
 * @param pages the section's pages
 */
public record NavSectionModel(String title, String url, String name, List<LinkModel> pages) {
}
