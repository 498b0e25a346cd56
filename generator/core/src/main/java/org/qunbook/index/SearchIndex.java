package org.qunbook.index;

import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * The site's search index, ready to write. Each file is UTF-8 JSON given as parts, one after the
 * other, made once: written as they are, and shared by the scripts for file:// (never copied).
 *
 * @param lunrJson  the lunr.js 2.3.9 index ({@code lunr.Index.load(JSON.parse(lunrJson))})
 * @param documents per-document display data, in index order
 * @param foldTable Traditional→Simplified pairs the browser needs to fold queries like the index
 * @param docsJson  {@code search/docs.json}: the fold table, the common terms and the documents
 * @param textsJson {@code search/texts.json}: each document's text for snippets, in index order (a
 *                  JSON array of strings), loaded after the index
 * @param report    sizes, for the build summary; completes once the gzipped sizes, computed in the
 *                  background, are known
 */
public record SearchIndex(List<byte[]> lunrJson, List<SearchDocumentInfo> documents, String foldTable,
                          List<byte[]> docsJson, List<byte[]> textsJson, CompletableFuture<SearchIndexReport> report) {

    public SearchIndex {
        lunrJson = List.copyOf(lunrJson);
        documents = List.copyOf(documents);
        docsJson = List.copyOf(docsJson);
        textsJson = List.copyOf(textsJson);
    }
}
