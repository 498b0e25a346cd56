/**
 * The index stage: pages (and plugins' search entries) → a lunr.js 2.3.9 index cut into term shards,
 * display data in small chunks, one text per document for snippets and the browser's fold table
 * ({@link org.qunbook.index.SearchIndex} lists the files), analysed by {@code qunbook-search}.
 * {@link org.qunbook.index.SearchFiles} places them in the site with the client's scripts;
 * {@link org.qunbook.index.SearchIndexReport} is the index's size and its budget warning.
 */
package org.qunbook.index;
