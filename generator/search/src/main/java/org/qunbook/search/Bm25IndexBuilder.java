package org.qunbook.search;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * lunr 2.3.9's {@code Builder.add} and {@code Builder.build} (BM25 scoring, term numbering,
 * posting layout) for documents whose tokens are already final. One instance builds one index.
 */
final class Bm25IndexBuilder {
    static final double K1 = 1.2;
    static final double B = 0.75;
    /** Scores beyond this could print differently from JS (exponent form, lost thousandths). */
    private static final double MAX_ABS_SCORE = 1e9;

    private final LunrIndexSettings settings;
    private final List<String> fieldNames;
    private final Map<String, Posting> postings = new HashMap<>();
    private final List<FieldTerms> fieldTerms = new ArrayList<>();
    private final Set<String> refs = new HashSet<>();
    private final long[] fieldLengthSums;
    private int documentCount;

    Bm25IndexBuilder(LunrIndexSettings settings) {
        this.settings = settings;
        this.fieldNames = settings.fields().stream().map(SearchField::name).toList();
        this.fieldLengthSums = new long[fieldNames.size()];
    }

    void add(IndexedDocument doc) {
        if (!refs.add(doc.ref())) {
            // lunr would count the document twice and merge its postings: never meaningful
            throw new IllegalArgumentException("duplicate document ref: " + doc.ref());
        }
        for (String field : doc.tokensByField().keySet()) {
            if (!fieldNames.contains(field)) {
                throw new IllegalArgumentException("document " + doc.ref() + " has undeclared field " + field);
            }
        }
        documentCount++;
        double docBoost = Boosts.orOne(doc.boost());
        for (int f = 0; f < fieldNames.size(); f++) {
            List<Token> tokens = doc.tokens(fieldNames.get(f));
            FieldTerms terms = new FieldTerms(f, fieldNames.get(f) + "/" + doc.ref(), docBoost, tokens.size());
            fieldTerms.add(terms);
            fieldLengthSums[f] += tokens.size();
            for (Token token : tokens) {
                terms.frequencies.merge(token.term(), 1, Integer::sum);
                postings.computeIfAbsent(token.term(), t -> new Posting(postings.size(), fieldNames.size()))
                        .record(f, doc.ref(), token, settings.storePositions());
            }
        }
    }

    BuiltIndex build() {
        List<BuiltIndex.FieldVector> vectors = new ArrayList<>(fieldTerms.size());
        Map<String, Double> idfCache = new HashMap<>();
        for (FieldTerms terms : fieldTerms) {
            vectors.add(vector(terms, idfCache));
        }
        List<String> sortedTerms = new ArrayList<>(postings.keySet());
        sortedTerms.sort(Comparator.naturalOrder()); // String.compareTo = UTF-16 code units = JS sort
        List<BuiltIndex.TermPosting> inverted = new ArrayList<>(sortedTerms.size());
        for (String term : sortedTerms) {
            inverted.add(postings.get(term).toTermPosting(term));
        }
        return new BuiltIndex(fieldNames, vectors, inverted, settings.searchPipeline(), settings.storePositions());
    }

    private BuiltIndex.FieldVector vector(FieldTerms terms, Map<String, Double> idfCache) {
        // lunr divides the summed lengths by the number of (doc, field) entries: every document counts
        double averageLength = (double) fieldLengthSums[terms.field] / documentCount;
        double fieldBoost = settings.fields().get(terms.field).effectiveBoost();
        List<BuiltIndex.ScoredTerm> scored = new ArrayList<>(terms.frequencies.size());
        terms.frequencies.forEach((term, tf) -> {
            Posting posting = postings.get(term);
            double idf = idfCache.computeIfAbsent(term, t -> idf(posting));
            double score = idf * ((K1 + 1) * tf) / (K1 * (1 - B + B * (terms.length / averageLength)) + tf);
            score *= fieldBoost; // two multiplications, in this order, exactly as lunr does them
            score *= terms.docBoost;
            if (!(Math.abs(score) < MAX_ABS_SCORE)) {
                throw new IllegalArgumentException("score " + score + " of '" + term + "' in " + terms.fieldRef
                        + " is out of range; check the boosts");
            }
            scored.add(new BuiltIndex.ScoredTerm(posting.termIndex, Math.round(score * 1000)));
        });
        // lunr.Vector keeps elements sorted by index; Vector.dot is a merge join that relies on it
        scored.sort(Comparator.comparingInt(BuiltIndex.ScoredTerm::termIndex));
        return new BuiltIndex.FieldVector(terms.fieldRef, scored);
    }

    /**
     * lunr.idf: df sums the documents over all fields, so it can exceed N (hence the abs).
     * StrictMath.log is fdlibm like V8's Math.log; HotSpot's intrinsic can differ in the last bit.
     */
    private double idf(Posting posting) {
        int df = 0;
        for (Map<String, List<Token>> docs : posting.byField) {
            df += docs.size();
        }
        return StrictMath.log(1 + Math.abs((documentCount - df + 0.5) / (df + 0.5)));
    }

    /** Term frequencies of one (document, field) pair, in token order. */
    private static final class FieldTerms {
        final int field;
        final String fieldRef;
        final double docBoost;
        final int length;
        final Map<String, Integer> frequencies = new LinkedHashMap<>();

        FieldTerms(int field, String fieldRef, double docBoost, int length) {
            this.field = field;
            this.fieldRef = fieldRef;
            this.docBoost = docBoost;
            this.length = length;
        }
    }

    /** A term's entry in the inverted index while documents are being added. */
    private static final class Posting {
        final int termIndex;
        final List<Map<String, List<Token>>> byField;

        Posting(int termIndex, int fieldCount) {
            this.termIndex = termIndex;
            this.byField = new ArrayList<>(fieldCount);
            for (int i = 0; i < fieldCount; i++) {
                byField.add(new LinkedHashMap<>());
            }
        }

        void record(int field, String ref, Token token, boolean storePositions) {
            List<Token> occurrences = byField.get(field).computeIfAbsent(ref, r -> new ArrayList<>());
            if (storePositions) {
                occurrences.add(token);
            }
        }

        BuiltIndex.TermPosting toTermPosting(String term) {
            List<List<BuiltIndex.DocOccurrences>> fields = new ArrayList<>(byField.size());
            for (Map<String, List<Token>> docs : byField) {
                List<BuiltIndex.DocOccurrences> ordered = new ArrayList<>(docs.size());
                for (String ref : JsPropertyOrder.order(new ArrayList<>(docs.keySet()))) {
                    ordered.add(new BuiltIndex.DocOccurrences(ref, docs.get(ref)));
                }
                fields.add(ordered);
            }
            return new BuiltIndex.TermPosting(term, termIndex, fields);
        }
    }
}
