package org.qunbook.index;

import java.util.Locale;

/**
 * How big the search index is: what a reader downloads on first search.
 *
 * @param documents    documents indexed
 * @param rawBytes     index plus display data, UTF-8
 * @param gzipBytes    the same, gzipped (what most hosts send)
 * @param terms        distinct index terms
 * @param cjkBigrams   of which CJK bigrams
 */
public record SearchIndexReport(int documents, long rawBytes, long gzipBytes, int terms, int cjkBigrams) {

    public double bigramShare() {
        return terms == 0 ? 0 : (double) cjkBigrams / terms;
    }

    /** {@code Search index: 86 pages, 1.2 MiB raw, 210 KiB gzipped (2.4 KiB a page), 71% CJK bigrams}. */
    public String summary() {
        return String.format(Locale.ROOT, "Search index: %d documents, %s raw, %s gzipped (%s a document), "
                        + "%d terms, %.0f%% CJK bigrams", documents, size(rawBytes), size(gzipBytes),
                size(documents == 0 ? 0 : gzipBytes / documents), terms, bigramShare() * 100);
    }

    static String size(long bytes) {
        if (bytes >= 1024 * 1024) {
            return String.format(Locale.ROOT, "%.1f MiB", bytes / (1024.0 * 1024));
        }
        return String.format(Locale.ROOT, "%.1f KiB", bytes / 1024.0);
    }
}
