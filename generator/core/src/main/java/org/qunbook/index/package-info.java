/**
 * The index stage: pages (and plugins' search entries) → a lunr.js 2.3.9 index cut into term shards
 * (a term whose postings alone pass a shard's size is split further, by document range), display
 * data in small chunks, one text per document for snippets and the browser's fold table; on a big
 * site also its shard keys in groups ({@code keys/G.js}) and its exact names in files by hash
 * ({@code exact/N.js}, {@code ExactNames}), so {@code meta.js} stays small. Analysed by
 * {@code qunbook-search}. {@link org.qunbook.index.SearchFiles} places them in the site with the
 * client's scripts; {@link org.qunbook.index.SearchIndexReport} is the index's size and its budget
 * warning.
 */
package org.qunbook.index;
