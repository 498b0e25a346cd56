/**
 * The index stage: pages (and plugins' search entries) → a lunr.js 2.3.9 index cut into term shards,
 * display data in small chunks, one text per document for snippets and the browser's fold table
 * ({@link org.qunbook.index.SearchIndex} lists the files), analysed by {@code qunbook-search}.
 */
package org.qunbook.index;
