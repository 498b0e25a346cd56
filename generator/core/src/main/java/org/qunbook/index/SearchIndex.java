package org.qunbook.index;

import java.util.List;

/**
 * The site's search index, ready to write.
 *
 * @param lunrJson  the lunr.js 2.3.9 index ({@code lunr.Index.load(JSON.parse(lunrJson))})
 * @param documents per-document display data, in index order
 * @param foldTable Traditional→Simplified pairs the browser needs to fold queries like the index
 * @param docsJson  {@code search/docs.json}: the fold table and the documents, serialized
 * @param report    sizes, for the build summary
 */
public record SearchIndex(String lunrJson, List<SearchDocumentInfo> documents, String foldTable, String docsJson,
                          SearchIndexReport report) {

    public SearchIndex {
        documents = List.copyOf(documents);
    }
}
