package org.qunbook.config;

/**
 * {@code search:} in {@code qunbook.yml}.
 *
 * @param enabled      whether to write the index and show the search box
 * @param budgetKb     warn when the gzipped index exceeds this many KiB
 */
public record SearchSettings(boolean enabled, long budgetKb) {

    public static SearchSettings defaults() {
        return new SearchSettings(true, 4096);
    }
}
