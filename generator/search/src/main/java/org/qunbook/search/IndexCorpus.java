package org.qunbook.search;

import java.util.AbstractList;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.IntFunction;
import java.util.stream.IntStream;

/**
 * The documents of an index in the compact form the index is built from: one dictionary numbers
 * every term once, and each (document, field) holds its distinct term ids with their counts
 * ({@link FieldTerms}) instead of a token per occurrence. {@link IndexShaping} reshapes it and
 * {@link LunrIndexWriter} writes it. Immutable once built, and shaped copies share the dictionary;
 * but a keyed term's String is made when first asked for, so use a corpus from one thread at a time.
 */
public final class IndexCorpus {
    private final List<String> fields;
    private final boolean positions;
    private final TermIds terms;
    private final List<Document> documents;
    /**
     * Null: each field gives lunr its terms in the order of their first token. Else a rank per term
     * id: each field gives its terms in ascending rank ({@link IndexShaping#frequentTermsFirst}).
     */
    private final int[] termRanks;

    private IndexCorpus(List<String> fields, boolean positions, TermIds terms, List<Document> documents,
                        int[] termRanks) {
        this.fields = fields;
        this.positions = positions;
        this.terms = terms;
        this.documents = documents;
        this.termRanks = termRanks;
    }

    /** An empty corpus with these fields, in this order; {@code positions}: whether documents keep token positions. */
    public static Builder builder(List<String> fields, boolean positions) {
        return new Builder(fields, positions);
    }

    /**
     * The corpus of {@code documents}: a field a document lacks is empty, a field the list does not
     * declare is an error.
     */
    public static IndexCorpus of(List<String> fields, List<IndexedDocument> documents, boolean positions) {
        Builder corpus = builder(fields, positions);
        for (IndexedDocument doc : documents) {
            for (String field : doc.tokensByField().keySet()) {
                if (!fields.contains(field)) {
                    throw new IllegalArgumentException("document " + doc.ref() + " has undeclared field " + field);
                }
            }
            corpus.add(doc.ref(), doc.boost(), fields.stream().map(f -> TermCounts.of(doc.tokens(f), positions)).toList());
        }
        return corpus.build();
    }

    public List<String> fields() {
        return fields;
    }

    /** Whether the documents keep where each token was (needed to write lunr's {@code position} metadata). */
    public boolean hasPositions() {
        return positions;
    }

    /** Number of documents. */
    public int size() {
        return documents.size();
    }

    /** Every term the documents were analysed into, including any {@link IndexShaping} took out since. */
    public List<String> allTerms() {
        return new AbstractList<>() {
            @Override
            public String get(int id) {
                return terms.term(Objects.checkIndex(id, terms.size()));
            }

            @Override
            public int size() {
                return terms.size();
            }
        };
    }

    /** The terms some field of some document has: those the index lists. */
    public List<String> indexedTerms() {
        int[] frequencies = documentFrequencies(-1);
        List<String> indexed = new ArrayList<>();
        for (int id = 0; id < frequencies.length; id++) {
            if (frequencies[id] > 0) {
                indexed.add(terms.term(id));
            }
        }
        return indexed;
    }

    List<Document> documents() {
        return documents;
    }

    TermIds terms() {
        return terms;
    }

    /** The index of {@code field} in {@link #fields()}, -1 if the corpus has no such field. */
    int fieldIndex(String field) {
        return fields.indexOf(field);
    }

    /** The same dictionary and fields with other documents (reshaped ones). */
    IndexCorpus withDocuments(List<Document> shaped) {
        return new IndexCorpus(fields, positions, terms, List.copyOf(shaped), termRanks);
    }

    /**
     * The same documents, each field giving lunr its terms in ascending {@code ranks[id]} (distinct
     * ranks): the only thing the order of a field's tokens decides is lunr's term numbering, which
     * {@link Bm25IndexBuilder} derives from the ranks, so no field is reordered.
     */
    IndexCorpus withTermRanks(int[] ranks) {
        return new IndexCorpus(fields, positions, terms, documents, ranks);
    }

    /** The ranks of {@link #withTermRanks}, or null: terms in the order of their first token. */
    int[] termRanks() {
        return termRanks;
    }

    /**
     * For each term id, the number of documents having it in field {@code field}, or in any field
     * when {@code field} is -1.
     */
    int[] documentFrequencies(int field) {
        int[] frequencies = new int[terms.size()];
        int[] lastDocument = new int[terms.size()]; // document number + 1 that counted the term last
        for (int d = 0; d < documents.size(); d++) {
            FieldTerms[] docFields = documents.get(d).fields;
            for (int f = 0; f < docFields.length; f++) {
                if (field != -1 && f != field) {
                    continue;
                }
                FieldTerms terms = docFields[f];
                for (int k = 0; k < terms.size(); k++) {
                    int id = terms.term(k);
                    if (lastDocument[id] != d + 1) {
                        lastDocument[id] = d + 1;
                        frequencies[id]++;
                    }
                }
            }
        }
        return frequencies;
    }

    /** A document: its lunr ref, its boost ({@code null}: none) and one {@link FieldTerms} per field. */
    static final class Document {
        final String ref;
        final Double boost;
        private final FieldTerms[] fields;

        Document(String ref, Double boost, FieldTerms[] fields) {
            this.ref = ref;
            this.boost = boost;
            this.fields = fields;
        }

        FieldTerms field(int f) {
            return fields[f];
        }

        /** This document with field {@code f} replaced. */
        Document withField(int f, FieldTerms terms) {
            FieldTerms[] replaced = fields.clone();
            replaced[f] = terms;
            return new Document(ref, boost, replaced);
        }
    }

    /** A document analysed for {@link Builder#addAll}: its ref, boost and the term counts of each field. */
    public record AnalysedDocument(String ref, Double boost, List<TermCounts> fields) {
    }

    /** Adds documents in index order, giving their terms ids. Not thread-safe: analyse in parallel, add in order. */
    public static final class Builder {
        /** Documents analysed at a time by {@link #addAll}: bounds the memory of those not yet added. */
        private static final int BATCH = 256;

        private final List<String> fields;
        private final boolean positions;
        private final TermIds terms = new TermIds(1 << 12);
        private final List<Document> documents = new ArrayList<>();
        private boolean built;

        private Builder(List<String> fields, boolean positions) {
            this.fields = List.copyOf(fields);
            this.positions = positions;
        }

        /**
         * Adds a document: {@code ref} and {@code boost} as in {@link IndexedDocument}, and the counted
         * terms of each field, in the order of {@link #fields()}.
         */
        public Builder add(String ref, Double boost, List<TermCounts> fieldTerms) {
            if (built) {
                throw new IllegalStateException("the corpus is built; its dictionary is shared and fixed");
            }
            IndexedDocument.requireRefAndBoost(ref, boost);
            if (fieldTerms.size() != fields.size()) {
                throw new IllegalArgumentException("document " + ref + " has " + fieldTerms.size()
                        + " fields, the index " + fields.size());
            }
            FieldTerms[] interned = new FieldTerms[fields.size()];
            for (int f = 0; f < interned.length; f++) {
                interned[f] = fieldTerms.get(f).intern(terms);
                if (positions && !interned[f].hasPositions()) {
                    throw new IllegalArgumentException("document " + ref + " was analysed without positions");
                }
            }
            documents.add(new Document(ref, boost, interned));
            return this;
        }

        /**
         * Adds documents 0 … {@code count - 1}, analysed by {@code analyse} on every core a batch at a
         * time. Nothing is added while a batch is analysed, so each field's terms are also looked up in
         * the dictionary there, in parallel; adding then only has to number the terms new to the index.
         */
        public Builder addAll(int count, IntFunction<AnalysedDocument> analyse) {
            for (int from = 0; from < count; from += BATCH) {
                List<AnalysedDocument> batch = IntStream.range(from, Math.min(from + BATCH, count)).parallel()
                        .mapToObj(i -> {
                            AnalysedDocument doc = analyse.apply(i);
                            doc.fields().forEach(counts -> counts.lookUp(terms)); // read-only while no add runs
                            return doc;
                        }).toList();
                batch.forEach(doc -> add(doc.ref(), doc.boost(), doc.fields()));
            }
            return this;
        }

        public IndexCorpus build() {
            built = true;
            return new IndexCorpus(fields, positions, terms, List.copyOf(documents), null);
        }
    }
}
