package org.qunbook.index;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What the results list needs to show a hit, in the display chunks ({@code search/docs/N.js}).
 * The page text for snippets comes later, one file per document ({@code search/texts/N.js}).
 *
 * @param ref       the lunr ref ({@code a}, {@code b}, … in document order)
 * @param url       site-relative, percent-encoded URL (may carry a fragment)
 * @param title     result title
 * @param type      content type name
 * @param typeLabel content type display name (the badge)
 * @param section   section title
 * @param summary   one-line summary
 * @param facets    the page's values of its type's fields with a closed list of values (the
 *                  results page filters by them)
 * @param page      for a section of a page (an h2 or h3 and its text): the page's URL, which the
 *                  results group it under; empty for a page (and left out of the JSON)
 * @param heading   for a section: its heading path ({@code 话术模板 › 违规提醒}); empty for a page
 */
public record SearchDocumentInfo(String ref, String url, String title, String type, String typeLabel,
                                 String section, String summary, Map<String, String> facets,
                                 @JsonInclude(JsonInclude.Include.NON_EMPTY) String page,
                                 @JsonInclude(JsonInclude.Include.NON_EMPTY) String heading) {

    public SearchDocumentInfo {
        facets = Collections.unmodifiableMap(new LinkedHashMap<>(facets)); // in the order the type declares them
    }

    public SearchDocumentInfo(String ref, String url, String title, String type, String typeLabel, String section,
                              String summary, Map<String, String> facets) {
        this(ref, url, title, type, typeLabel, section, summary, facets, "", "");
    }
}
