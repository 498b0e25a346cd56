/**
 * The index stage: pages (and plugins' search entries) → one lunr.js 2.3.9 index with display
 * data and the browser's fold table, analysed by {@code qunbook-search}.
 */
package org.qunbook.index;
