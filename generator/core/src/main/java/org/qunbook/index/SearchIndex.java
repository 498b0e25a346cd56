package org.qunbook.index;

import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * The site's search files, ready to write under {@code search/}. Each is a script
 * {@code qunbookSearchLoaded("NAME",JSON);} ({@code org.qunbook.search.SearchScript}) that serves
 * http(s) (fetched as text) and {@code file://} (run as a script) alike, written once:
 * <ul>
 *   <li>{@code meta.js}: fields, fold table, each shard's first term (or, on a big site, where to
 *       find them: {@code keys/G.js}), content types and their filterable fields;</li>
 *   <li>{@code shards/N.js}: the lunr.js 2.3.9 index, cut by terms (each a lunr index of its own; a
 *       term found on nearly every page cut further by document range);</li>
 *   <li>{@code keys/G.js}, {@code exact/N.js}: on a big site, the shards' first terms in groups and
 *       the exact names (titles, terms, aliases) a query that is one of them ranks first;</li>
 *   <li>{@code docs/N.js}: display data ({@link SearchDocumentInfo}) of documents {@code 16N}…;</li>
 *   <li>{@code texts/N.js}: document N's text, for its snippet, and where its h2/h3 sections are in
 *   it (the client links the ones that answer a query under the result).</li>
 * </ul>
 *
 * @param files     paths under {@code search/} with their UTF-8 content in parts (never copied)
 * @param documents per-document display data, in index order
 * @param foldTable Traditional→Simplified pairs the browser needs to fold queries like the index
 * @param report    sizes, for the build summary; completes once the gzipped sizes, computed in the
 *                  background, are known
 */
public record SearchIndex(List<SearchFile> files, List<SearchDocumentInfo> documents, String foldTable,
                          CompletableFuture<SearchIndexReport> report) {

    public SearchIndex {
        files = List.copyOf(files);
        documents = List.copyOf(documents);
    }
}
