package org.qunbook.api;

import java.util.List;
import java.util.Optional;

/** What every hook after {@code configure} can see of the site. */
public interface SiteContext extends ProblemReporter {

    SiteInfo site();

    /** Traditional/Simplified folding and pinyin, shared with the core. */
    TextTools text();

    /**
     * Every page in a stable order (by URL). Each hook's context narrows the type: pages with their
     * content ({@link PageView}, {@link ContentContext}) before render, facts ({@link PageInfo})
     * after it ({@link SearchEntriesContext}, {@link PostBuildContext}).
     */
    List<? extends PageInfo> pages();

    /** The page at {@code url} (as in {@link PageInfo#url()}), typed as {@link #pages()}. */
    Optional<? extends PageInfo> findPage(String url);

    /**
     * Publishes data to templates as {@code site.data.<plugin name>}. Values must be plain data
     * (String, Number, Boolean, List, Map, records).
     */
    void putSiteData(Object value);

    /**
     * A plugin's YAML data file in the content folder, e.g. {@code _copyedit/vocabulary.yml}
     * (top-level folders starting with {@code _} hold data, not pages), as plain values with the
     * line of each top-level key. Empty when the file does not exist; a file that is not valid
     * YAML is reported as an error with its line and gives empty too.
     *
     * @param relativePath path within the content folder, with {@code /}
     */
    default Optional<FrontMatter> dataFile(String relativePath) {
        return Optional.empty();
    }
}
