package org.qunbook.api;

/** Argument of {@link SitePlugin#addSearchEntries}. */
public interface SearchEntriesContext extends SiteContext {

    void addSearchEntry(SearchEntry entry);
}
