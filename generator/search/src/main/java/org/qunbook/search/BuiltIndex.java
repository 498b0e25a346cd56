package org.qunbook.search;

import java.util.List;

/**
 * What lunr's {@code Builder.build()} holds, already in the order {@code JSON.stringify} writes it:
 * vectors in (document, field) order, terms sorted by UTF-16 code units, doc refs in JS key order.
 */
record BuiltIndex(
        List<String> fields,
        List<FieldVector> fieldVectors,
        List<TermPosting> invertedIndex,
        List<String> searchPipeline,
        boolean storePositions) {

    BuiltIndex {
        fields = List.copyOf(fields);
        fieldVectors = List.copyOf(fieldVectors);
        invertedIndex = List.copyOf(invertedIndex);
        searchPipeline = List.copyOf(searchPipeline);
    }

    /**
     * One {@code [fieldRef, [termIndex, score, ...]]} entry. Scores are kept as the integer
     * {@code Math.round(score * 1000)} so printing them cannot drift from JS.
     */
    record FieldVector(String fieldRef, List<ScoredTerm> terms) {
        FieldVector {
            terms = List.copyOf(terms);
        }
    }

    /** A vector element: the term's {@code _index} and its rounded score in thousandths. */
    record ScoredTerm(int termIndex, long milliScore) {
    }

    /** One {@code [term, {"_index": n, field: {docRef: metadata}}]} entry; {@code byField} follows {@code fields}. */
    record TermPosting(String term, int termIndex, List<List<DocOccurrences>> byField) {
        TermPosting {
            byField = List.copyOf(byField);
        }
    }

    /** The occurrences of a term in one field of one document (used only when positions are stored). */
    record DocOccurrences(String ref, List<Token> occurrences) {
        DocOccurrences {
            occurrences = List.copyOf(occurrences);
        }
    }
}
