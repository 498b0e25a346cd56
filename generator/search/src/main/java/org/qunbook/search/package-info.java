/**
 * qunbook's full-text search: one text analysis shared by the build and the browser, and a writer
 * for lunr.js 2.3.9 index files.
 *
 * <h2>Pieces</h2>
 * <ul>
 *   <li>{@link org.qunbook.search.TextAnalyzer} turns field text into {@link org.qunbook.search.Token}s
 *       (CJK bigrams and each run's last character, lower-cased words and numbers, positions in the
 *       original text).</li>
 *   <li>{@link org.qunbook.search.LunrIndexWriter} builds the index exactly as lunr's {@code Builder}
 *       would from the same token streams and writes the bytes {@code JSON.stringify} would (the
 *       golden files under {@code src/test/resources/org/qunbook/search/golden/} pin them).</li>
 *   <li>{@link org.qunbook.search.IndexShaping} makes big indexes smaller in the same format, by
 *       choosing which terms reach the writer and in what order.</li>
 *   <li>{@code qunbook-search.js} (a resource of this package) repeats the analysis for queries in
 *       the browser. Its {@code search} queries one whole index with lunr's programmatic API; its
 *       {@code openSite}, what a site uses, loads the shards a query needs and scores them itself
 *       with lunr's arithmetic, without lunr ({@code LunrShardWriter} writes the shards).</li>
 * </ul>
 *
 * <h2>Tokens for reference, term counts for the index</h2>
 * {@code TextAnalyzer.analyze} and {@link org.qunbook.search.IndexedDocument} (a token list per
 * field) are the reference form: what the browser's analysis is checked against and what lunr.js is
 * fed in the differential tests. A site's index has millions of tokens, though, and lunr's builder
 * only needs, per (document, field), each distinct term's count, the field's length and the order in
 * which its terms first occur (which numbers them); positions only when they are stored. So the index
 * is built from an {@link org.qunbook.search.IndexCorpus}: one dictionary numbers every term, and each
 * field is a {@code FieldTerms} of term ids and counts, filled by {@link org.qunbook.search.TermCounts}
 * straight from the analyser (CJK terms, 99% of them, as {@code long} keys: no String per token).
 * {@code LunrIndexWriter}'s token-list methods turn their documents into a corpus first, so there is
 * one builder ({@code Bm25IndexBuilder}: statistics and postings in int arrays) and one serializer
 * ({@code LunrJsonSerializer}, scoring each vector as it writes it, into UTF-8 bytes with integer
 * score formatting). Shaping works on the ids too: document frequencies are counted once, and
 * "frequent terms first" is a ranking of the dictionary from which the builder numbers the terms,
 * not a reordering of every field.
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
 * The generator ships that table in the site's {@code meta.js}; the client folds queries with it.
 *
 * <h2>Why bigrams, and each run's last character</h2>
 * Bigrams are trivial to compute identically in Java and JS and make every substring of two or more
 * CJK characters findable; dictionary segmenters (jieba, ICU) would cut the build and the browser
 * differently. Each run also gives its last character, so that every character of the text starts a
 * token: a query of one character {@code 字} is then the prefix query {@code 字*}, which lunr answers by
 * walking one branch of its term tree, where {@code *字*} over bigrams alone visits every term (on the
 * 1,000-page benchmark, ten common characters: 0.2–62 ms against 68–157 ms). It costs about 7% of the
 * index before the generator's common terms and 1% after. Every character as a token
 * ({@code new TextAnalyzer(folding, true)}) would make that query an exact lookup, for 17% more
 * (README.md has the measurements).
 */
package org.qunbook.search;
