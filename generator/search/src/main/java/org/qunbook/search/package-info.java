/**
 * qunbook's full-text search: one text analysis shared by the build and the browser, and a writer
 * for lunr.js 2.3.9 index files.
 *
 * <h2>Pieces</h2>
 * <ul>
 *   <li>{@link org.qunbook.search.TextAnalyzer} turns field text into {@link org.qunbook.search.Token}s
 *       (CJK bigrams, lower-cased words and numbers, positions in the original text).</li>
 *   <li>{@link org.qunbook.search.LunrIndexWriter} builds the index from
 *       {@link org.qunbook.search.IndexedDocument}s exactly as lunr's {@code Builder} would and writes
 *       the bytes {@code JSON.stringify} would (spec: shared/search/lunr-format.md).</li>
 *   <li>{@code qunbook-search.js} (a resource of this package) repeats the analysis for queries in
 *       the browser and queries the index with lunr's programmatic API.</li>
 * </ul>
 *
 * <h2>Traditional → Simplified: per character, with a table for the browser</h2>
 * Readers type Simplified or Traditional, so index terms and queries are both folded to Simplified.
 * The build has OpenCC's dictionaries (opencc4j); the browser has none, and shipping them to every
 * reader (the character table alone is 40 KB, the phrase tables far more) is out of the question.
 * Two decisions follow:
 * <ol>
 *   <li>{@link org.qunbook.search.ScriptFolding} folds <em>character by character</em> with OpenCC's
 *       character table (first candidate, chains such as 薴→苧→苎 resolved), not with opencc4j's
 *       phrase-aware {@code toSimple}. Phrase conversion depends on segmentation and context, which a
 *       browser could only reproduce with the same dictionaries and segmenter; a per-character mapping
 *       it can reproduce with a table. For search the difference is harmless: a character whose
 *       folding OpenCC would decide by phrase is folded the same way at build and at query time.</li>
 *   <li>{@link org.qunbook.search.ScriptFolding#browserTable(java.util.Collection)} keeps only the
 *       Traditional characters whose Simplified form occurs in the index's terms (a few hundred pairs
 *       for a handbook instead of 4,000). A query character outside the table cannot be part of any
 *       index term after folding either, so folding queries with the small table gives the same search
 *       results as the full one.</li>
 * </ol>
 * The generator ships that table next to the index and hands it to {@code qunbookSearch.search}.
 *
 * <h2>Why bigrams (and no unigrams by default)</h2>
 * Bigrams are trivial to compute identically in Java and JS and make every substring of two or more
 * CJK characters findable; dictionary segmenters (jieba, ICU) would cut the build and the browser
 * differently. A query of one character is looked up as {@code *字*} over the bigrams, which finds
 * the same documents an index of unigrams would, just more slowly on big sites. Unigrams
 * ({@code new TextAnalyzer(folding, true)}) make it an exact lookup but cost about 30% more index
 * without positions and 45% more with them (README.md has the measurements).
 */
package org.qunbook.search;
