package org.qunbook.render;

import java.util.List;

/**
 * A tag and the pages carrying it.
 *
 * @param name  the tag
 * @param url   its page's URL (encoded)
 * @param pages pages with the tag
 */
public record TagModel(String name, String url, List<PageSummaryModel> pages) {

    public int count() {
        return pages.size();
    }
}
