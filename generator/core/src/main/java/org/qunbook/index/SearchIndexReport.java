package org.qunbook.index;

import java.util.Locale;
import org.qunbook.api.Problem;
import org.qunbook.api.SourcePosition;
import org.qunbook.config.SiteConfig;

/**
 * How big the search index is: what a reader downloads on first search, and after it.
 *
 * @param documents     documents indexed
 * @param rawBytes      index shards plus display data, UTF-8 (a query loads the few shards of its terms)
 * @param gzipBytes     the same, gzipped (what most hosts send)
 * @param textRawBytes  the page text for snippets, loaded after the first results, UTF-8
 * @param textGzipBytes the same, gzipped
 * @param terms         distinct index terms
 * @param cjkBigrams    of which CJK bigrams
 * @param shards        index shards
 * @param largestShard  the largest shard's raw size, bytes
 * @param gzipEstimated whether a gzipped size was estimated from samples (over 4 MiB raw; within
 *                      about half a percent, see {@code GzipSize}); shown with "≈"
 */
public record SearchIndexReport(int documents, long rawBytes, long gzipBytes, long textRawBytes, long textGzipBytes,
                                int terms, int cjkBigrams, int shards, int largestShard, boolean gzipEstimated) {

    /** A gzipped size that was not measured (see {@link SearchIndexer#build(java.util.List, java.util.List, boolean)}). */
    public static final long UNMEASURED = -1;

    /**
     * The warning when the gzipped index is over {@code search.budget_kb}, on the site config's first
     * line.
     */
    public java.util.Optional<Problem> overBudget(SiteConfig site) {
        if (gzipBytes <= site.search().budgetKb() * 1024) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(Problem.warning(SourcePosition.of(site.file(), 1), "the search index is "
                + (gzipEstimated ? "about " : "") + gzipBytes / 1024 + " KiB gzipped, over the budget of "
                + site.search().budgetKb() + " KiB; raise search.budget_kb or index less text"));
    }

    public double bigramShare() {
        return terms == 0 ? 0 : (double) cjkBigrams / terms;
    }

    /**
     * {@code Search index: 86 documents, 2.9 MiB raw, 500.1 KiB gzipped (5.8 KiB a document), 18858 terms,
     * 99% CJK bigrams, 75 shards of at most 41.2 KiB; snippet text 180.0 KiB raw, 70.2 KiB gzipped}, with
     * "≈" before estimated sizes.
     */
    public String summary() {
        if (gzipBytes == UNMEASURED) {
            return String.format(Locale.ROOT, "Search index: %d documents, %s raw, %d terms; snippet text %s raw",
                    documents, size(rawBytes), terms, size(textRawBytes));
        }
        String about = gzipEstimated ? "≈" : "";
        return String.format(Locale.ROOT, "Search index: %d documents, %s raw, %s%s gzipped (%s%s a document), "
                        + "%d terms, %.0f%% CJK bigrams%s; snippet text %s raw, %s%s gzipped", documents, size(rawBytes),
                about, size(gzipBytes), about, size(documents == 0 ? 0 : gzipBytes / documents), terms,
                bigramShare() * 100,
                String.format(Locale.ROOT, ", %d shard%s of at most %s", shards, shards == 1 ? "" : "s",
                        size(largestShard)),
                size(textRawBytes), about, size(textGzipBytes));
    }

    static String size(long bytes) {
        if (bytes >= 1024 * 1024) {
            return String.format(Locale.ROOT, "%.1f MiB", bytes / (1024.0 * 1024));
        }
        return String.format(Locale.ROOT, "%.1f KiB", bytes / 1024.0);
    }
}
