package org.qunbook.search;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * A corpus (with positions) back as token streams: each field's terms in the order the corpus gives
 * them to lunr (by first token, or by its term ranks), each term's occurrences in their order. What lunr.js must be fed to build the same index.
 */
final class CorpusTokens {
    private CorpusTokens() {
    }

    static List<Token> tokens(IndexCorpus corpus, int doc, String field) {
        FieldTerms terms = corpus.documents().get(doc).field(corpus.fieldIndex(field));
        int[] ranks = corpus.termRanks();
        List<Integer> order = new ArrayList<>(IntStream.range(0, terms.size()).boxed().toList());
        if (ranks != null) {
            order.sort(Comparator.comparingInt(k -> ranks[terms.term(k)]));
        }
        List<Token> tokens = new ArrayList<>();
        for (int k : order) {
            String term = corpus.terms().term(terms.term(k));
            for (int at = terms.positionsFrom(k); at < terms.positionsTo(k); at += 2) {
                tokens.add(new Token(term, terms.positions()[at], terms.positions()[at + 1]));
            }
        }
        return tokens;
    }

    static List<String> terms(IndexCorpus corpus, int doc, String field) {
        return tokens(corpus, doc, field).stream().map(Token::term).toList();
    }

    static List<IndexedDocument> documents(IndexCorpus corpus) {
        List<IndexedDocument> documents = new ArrayList<>();
        for (int d = 0; d < corpus.size(); d++) {
            Map<String, List<Token>> fields = new LinkedHashMap<>();
            for (String field : corpus.fields()) {
                fields.put(field, tokens(corpus, d, field));
            }
            IndexCorpus.Document doc = corpus.documents().get(d);
            documents.add(new IndexedDocument(doc.ref, doc.boost, fields));
        }
        return documents;
    }
}
