package org.qunbook.render;

import java.util.List;

/**
 * One sidebar group: a section and its pages in reading order.
 *
 * @param title   section title
 * @param url     the section page's URL (encoded), or {@code ""} for the group of root pages
 * @param name    the section folder ({@code playbooks})
 * @param pages   the section's pages as the sidebar shows them: all of them in {@code site.nav};
 *                in a page's own {@code nav}, only for the page's section, and at most
 *                {@link SiteStructure#NAV_WINDOW} around the page
 * @param total   how many pages the section has
 * @param current whether the page being rendered is in this section
 */
public record NavSectionModel(String title, String url, String name, List<LinkModel> pages, int total,
                              boolean current) {

    /** Whether the sidebar shows fewer than all the section's pages (a link to the section lists them all). */
    public boolean truncated() {
        return pages.size() < total;
    }
}
