package org.qunbook.api;

import java.util.List;

/**
 * An extra document in the search index, e.g. a glossary term with its aliases.
 *
 * @param url      where the result leads (site-relative, may carry a {@code #fragment})
 * @param title    result title
 * @param type     content type badge ({@code glossary})
 * @param keywords extra words matched like a title (aliases, abbreviations)
 * @param text     text for matching and snippets
 * @param boost    document boost (1 for normal)
 */
public record SearchEntry(String url, String title, String type, List<String> keywords, String text,
                          double boost) {

    public SearchEntry {
        keywords = List.copyOf(keywords);
    }
}
