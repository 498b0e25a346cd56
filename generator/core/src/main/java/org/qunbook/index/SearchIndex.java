package org.qunbook.index;

import java.util.List;

/**
 * The site's search index, ready to write.
 *
 * @param lunrJson  the lunr.js 2.3.9 index ({@code lunr.Index.load(JSON.parse(lunrJson))})
 * @param documents per-document display data, in index order
 * @param foldTable Traditional→Simplified pairs the browser needs to fold queries like the index
 * @param docsJson  {@code search/docs.json}: the fold table, the common terms and the documents
 * @param textsJson {@code search/texts.json}: each document's text for snippets, in index order (a
 *                  JSON array of strings), loaded after the index
 * @param report    sizes, for the build summary
 */
public record SearchIndex(String lunrJson, List<SearchDocumentInfo> documents, String foldTable, String docsJson,
                          String textsJson, SearchIndexReport report) {

    public SearchIndex {
        documents = List.copyOf(documents);
    }
}
