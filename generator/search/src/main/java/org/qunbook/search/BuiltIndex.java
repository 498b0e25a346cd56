package org.qunbook.search;

import java.util.Arrays;
import java.util.List;

/**
 * What lunr's {@code Builder.build()} holds, in arrays indexed by term id ({@link Bm25IndexBuilder}
 * computes them): each term's {@code _index} and idf, each field's average length and the postings.
 * Field vectors are scored on demand while they are written, so the index never holds them all.
 */
final class BuiltIndex {
    static final double K1 = 1.2;
    static final double B = 0.75;
    /** Scores beyond this could print differently from JS (exponent form, lost thousandths). */
    private static final double MAX_ABS_SCORE = 1e9;

    private final LunrIndexSettings settings;
    private final IndexCorpus corpus;
    /** lunr's {@code _index} of each term id; -1 for a dictionary term no document has (any more). */
    private final int[] termIndex;
    private final double[] idf;
    private final double[] averageLengths;
    private final Postings postings;

    BuiltIndex(LunrIndexSettings settings, IndexCorpus corpus, int[] termIndex, double[] idf,
               double[] averageLengths, Postings postings) {
        this.settings = settings;
        this.corpus = corpus;
        this.termIndex = termIndex;
        this.idf = idf;
        this.averageLengths = averageLengths;
        this.postings = postings;
    }

    List<String> fields() {
        return corpus.fields();
    }

    List<String> searchPipeline() {
        return settings.searchPipeline();
    }

    /** Whether field-vector values are written as whole thousandths (LunrIndexSettings). */
    boolean wholeThousandths() {
        return settings.wholeThousandths();
    }

    boolean storePositions() {
        return settings.storePositions();
    }

    List<IndexCorpus.Document> documents() {
        return corpus.documents();
    }

    /** The ids of the indexed terms in the order of lunr's inverted index (UTF-16 order of the terms). */
    int[] termsInIndexOrder() {
        return Arrays.stream(corpus.terms().inUtf16Order()).filter(id -> termIndex[id] >= 0).toArray();
    }

    String term(int id) {
        return corpus.terms().term(id);
    }

    int termIndex(int id) {
        return termIndex[id];
    }

    Postings postings() {
        return postings;
    }

    /**
     * Scores the vector of field {@code f} of document {@code d} into {@code vector}: BM25 with lunr's
     * k1 and b, times the field's and the document's boost, rounded to thousandths, sorted by
     * {@code _index} (lunr.Vector keeps elements sorted; Vector.dot is a merge join relying on it).
     */
    void score(int d, int f, Vector vector) {
        IndexCorpus.Document doc = corpus.documents().get(d);
        FieldTerms terms = doc.field(f);
        double fieldBoost = settings.fields().get(f).effectiveBoost();
        double docBoost = Boosts.orOne(doc.boost);
        vector.clear(terms.size());
        long[] order = vector.order;
        for (int k = 0; k < terms.size(); k++) {
            order[k] = (long) termIndex[terms.term(k)] << 32 | k;
        }
        Arrays.sort(order, 0, terms.size());
        for (int i = 0; i < terms.size(); i++) {
            int k = (int) order[i];
            int id = terms.term(k);
            vector.termIndexes[i] = termIndex[id];
            vector.thousandths[i] = thousandths(doc, f, id, terms.count(k), terms.length(), fieldBoost, docBoost);
        }
    }

    /** One entry of a field vector: BM25 of term {@code id} occurring {@code tf} times in a field of {@code length} terms. */
    private long thousandths(IndexCorpus.Document doc, int f, int id, int tf, int length, double fieldBoost,
                             double docBoost) {
        double score = idf[id] * ((K1 + 1) * tf)
                / (K1 * (1 - B + B * (length / averageLengths[f])) + tf);
        score *= fieldBoost; // two multiplications, in this order, exactly as lunr does them
        score *= docBoost;
        if (!(Math.abs(score) < MAX_ABS_SCORE)) {
            throw new IllegalArgumentException("score " + score + " of '" + term(id) + "' in "
                    + fields().get(f) + "/" + doc.ref + " is out of range; check the boosts");
        }
        return Math.round(score * 1000);
    }

    /**
     * The field-vector entry of the {@code at}th posting ({@link Postings#documents()}), as
     * {@link #score} gives it; needs the postings' slots.
     */
    long postingThousandths(int id, int f, int at) {
        IndexCorpus.Document doc = corpus.documents().get(postings.documents()[at]);
        FieldTerms terms = doc.field(f);
        int k = postings.slots()[at];
        return thousandths(doc, f, id, terms.count(k), terms.length(), settings.fields().get(f).effectiveBoost(),
                Boosts.orOne(doc.boost));
    }

    /** One {@code [termIndex, score, …]} vector; reused from one (document, field) to the next. */
    static final class Vector {
        private long[] order = new long[64];
        private int[] termIndexes = new int[64];
        private long[] thousandths = new long[64];
        private int size;

        private void clear(int capacity) {
            if (capacity > order.length) {
                order = new long[capacity];
                termIndexes = new int[capacity];
                thousandths = new long[capacity];
            }
            size = capacity;
        }

        int size() {
            return size;
        }

        int termIndex(int i) {
            return termIndexes[i];
        }

        /** {@code Math.round(score * 1000)}: kept as an integer so printing it cannot drift from JS. */
        long thousandths(int i) {
            return thousandths[i];
        }
    }

    /**
     * The documents of each (term, field), in JS key order: those of {@code (id, f)} are
     * {@code documents[starts[id * fields + f]]} up to {@code starts[id * fields + f + 1]}; with
     * positions, {@code slots} tells which term of the document's {@link FieldTerms} each one is.
     */
    record Postings(int fields, int[] starts, int[] documents, int[] slots) {
        int from(int id, int f) {
            return starts[id * fields + f];
        }

        int to(int id, int f) {
            return starts[id * fields + f + 1];
        }
    }
}
