package org.qunbook.api;

import java.util.List;
import java.util.Optional;

/**
 * Argument of {@link SitePlugin#addSearchEntries}, which runs after the render stage: pages are
 * facts ({@link PageInfo}), their content released.
 */
public interface SearchEntriesContext extends SiteContext {

    /** Every page in a stable order (by URL), without its content. */
    @Override
    List<PageInfo> pages();

    @Override
    Optional<PageInfo> findPage(String url);

    void addSearchEntry(SearchEntry entry);
}
