package org.qunbook.search;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * lunr 2.3.9's {@code Builder.add} and {@code Builder.build} (BM25 statistics, term numbering,
 * posting layout) over an {@link IndexCorpus}: everything {@link BuiltIndex} needs, in int arrays
 * indexed by term id, counted in one pass over the documents and one to lay out the postings.
 */
final class Bm25IndexBuilder {
    private Bm25IndexBuilder() {
    }

    static BuiltIndex build(LunrIndexSettings settings, IndexCorpus corpus) {
        return build(settings, corpus, settings.storePositions());
    }

    /** @param slots whether the postings say which term of its document each one is (positions, shards) */
    static BuiltIndex build(LunrIndexSettings settings, IndexCorpus corpus, boolean slots) {
        List<String> fieldNames = settings.fields().stream().map(SearchField::name).toList();
        if (!corpus.fields().equals(fieldNames)) {
            throw new IllegalArgumentException("the corpus has fields " + corpus.fields() + ", the index " + fieldNames);
        }
        if (settings.storePositions() && !corpus.hasPositions()) {
            throw new IllegalArgumentException("positions are to be stored but the corpus has none");
        }
        List<IndexCorpus.Document> documents = corpus.documents();
        requireDistinctRefs(documents);
        int fieldCount = fieldNames.size();
        int termCount = corpus.terms().size();

        int[] frequencies = new int[termCount]; // lunr's df: documents summed over fields
        int[] postingCounts = new int[termCount * fieldCount + 1];
        long[] lengthSums = new long[fieldCount];
        // where each term first occurs, as document * fields + field: lunr numbers terms as it meets them
        int[] firstField = new int[termCount];
        Arrays.fill(firstField, -1);
        for (int d = 0; d < documents.size(); d++) {
            for (int f = 0; f < fieldCount; f++) {
                FieldTerms terms = documents.get(d).field(f);
                lengthSums[f] += terms.length();
                for (int k = 0; k < terms.size(); k++) {
                    int id = terms.term(k);
                    if (firstField[id] < 0) {
                        firstField[id] = d * fieldCount + f;
                    }
                    frequencies[id]++;
                    postingCounts[id * fieldCount + f + 1]++;
                }
            }
        }
        int[] termIndex = termNumbers(corpus, firstField);
        double[] averageLengths = new double[fieldCount];
        for (int f = 0; f < fieldCount; f++) {
            // lunr divides the summed lengths by the number of (doc, field) entries: every document counts
            averageLengths[f] = (double) lengthSums[f] / documents.size();
        }
        double[] idf = new double[termCount];
        for (int id = 0; id < termCount; id++) {
            idf[id] = idf(documents.size(), frequencies[id]);
        }
        return new BuiltIndex(settings, corpus, termIndex, idf, averageLengths,
                postings(documents, fieldCount, postingCounts, slots));
    }

    /**
     * lunr's {@code _index} of each term id (-1 for terms no field has): terms numbered in the order
     * lunr meets them, field after field, each field's terms in the corpus's order: by first token,
     * or by {@link IndexCorpus#termRanks()}, which turns the numbering into one sort by (first field, rank).
     */
    private static int[] termNumbers(IndexCorpus corpus, int[] firstField) {
        int[] termIndex = new int[firstField.length];
        Arrays.fill(termIndex, -1);
        int[] ranks = corpus.termRanks();
        int numbered = 0;
        if (ranks == null) {
            int fieldCount = corpus.fields().size();
            for (IndexCorpus.Document doc : corpus.documents()) {
                for (int f = 0; f < fieldCount; f++) {
                    FieldTerms terms = doc.field(f);
                    for (int k = 0; k < terms.size(); k++) {
                        if (termIndex[terms.term(k)] < 0) {
                            termIndex[terms.term(k)] = numbered++;
                        }
                    }
                }
            }
            return termIndex;
        }
        int[] byRank = new int[ranks.length];
        long[] order = new long[firstField.length];
        int used = 0;
        for (int id = 0; id < firstField.length; id++) {
            byRank[ranks[id]] = id;
            if (firstField[id] >= 0) {
                order[used++] = (long) firstField[id] << 32 | ranks[id];
            }
        }
        Arrays.sort(order, 0, used);
        for (int i = 0; i < used; i++) {
            termIndex[byRank[(int) order[i]]] = numbered++;
        }
        return termIndex;
    }

    /** lunr would count a document added twice twice and merge its postings: never meaningful. */
    private static void requireDistinctRefs(List<IndexCorpus.Document> documents) {
        Set<String> refs = new HashSet<>();
        for (IndexCorpus.Document doc : documents) {
            if (!refs.add(doc.ref)) {
                throw new IllegalArgumentException("duplicate document ref: " + doc.ref);
            }
        }
    }

    /**
     * lunr.idf: df sums the documents over all fields, so it can exceed N (hence the abs).
     * StrictMath.log is fdlibm like V8's Math.log; HotSpot's intrinsic can differ in the last bit.
     */
    private static double idf(int documentCount, int df) {
        return StrictMath.log(1 + Math.abs((documentCount - df + 0.5) / (df + 0.5)));
    }

    /**
     * Each (term, field)'s documents, in the order JSON.stringify lists the keys of lunr's posting
     * object: filling the lists in that order of documents ({@link JsPropertyOrder}) puts every list
     * in it. {@code counts[t * fields + f + 1]} holds each list's length and becomes the offsets.
     */
    private static BuiltIndex.Postings postings(List<IndexCorpus.Document> documents, int fieldCount, int[] counts,
            boolean withSlots) {
        for (int i = 1; i < counts.length; i++) {
            counts[i] += counts[i - 1];
        }
        int[] starts = counts;
        int[] next = Arrays.copyOf(starts, starts.length - 1);
        int[] docs = new int[starts[starts.length - 1]];
        int[] slots = withSlots ? new int[docs.length] : null;
        for (int d : JsPropertyOrder.order(documents.stream().map(doc -> doc.ref).toList())) {
            for (int f = 0; f < fieldCount; f++) {
                FieldTerms terms = documents.get(d).field(f);
                for (int k = 0; k < terms.size(); k++) {
                    int at = next[terms.term(k) * fieldCount + f]++;
                    docs[at] = d;
                    if (slots != null) {
                        slots[at] = k;
                    }
                }
            }
        }
        return new BuiltIndex.Postings(fieldCount, starts, docs, slots);
    }
}
