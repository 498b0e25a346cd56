package org.qunbook.index;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What the results list needs to show a hit, in the display chunks ({@code search/docs/N.js}).
 * The page text for snippets (and its sections) comes later, one file per document
 * ({@code search/texts/N.js}).
 *
 * @param ref       the lunr ref ({@code a}, {@code b}, … in document order)
 * @param url       site-relative, percent-encoded URL
 * @param title     result title
 * @param type      content type name
 * @param typeLabel content type display name (the badge)
 * @param section   section title
 * @param summary   one-line summary
 * @param facets    the page's values of its type's fields with a closed list of values (the
 *                  results page filters by them)
 */
public record SearchDocumentInfo(String ref, String url, String title, String type, String typeLabel,
                                 String section, String summary, Map<String, String> facets) {

    public SearchDocumentInfo {
        facets = Collections.unmodifiableMap(new LinkedHashMap<>(facets)); // in the order the type declares them
    }
}
