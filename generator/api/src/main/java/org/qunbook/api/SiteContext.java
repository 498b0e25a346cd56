package org.qunbook.api;

import java.util.List;
import java.util.Optional;

/** What every hook after {@code configure} can see of the site. */
public interface SiteContext extends ProblemReporter {

    SiteInfo site();

    /** Traditional/Simplified folding and pinyin, shared with the core. */
    TextTools text();

    /** Every page in a stable order (by URL). */
    List<PageView> pages();

    Optional<PageView> findPage(String url);

    /**
     * Publishes data to templates as {@code site.data.<plugin name>}. Values must be plain data
     * (String, Number, Boolean, List, Map, records).
     */
    void putSiteData(Object value);
}
