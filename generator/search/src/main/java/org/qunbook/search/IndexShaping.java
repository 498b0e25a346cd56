package org.qunbook.search;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Ways to make a site's index smaller without leaving lunr's format: they only decide which tokens
 * reach {@link LunrIndexWriter} and in what order, so the index is still exactly what lunr.js builds
 * from the same token streams.
 *
 * <ul>
 *   <li>{@link #commonCjkTerms} and {@link #withoutTerms}: a CJK bigram (or a run's last character)
 *       that occurs in the text of many pages says little about any of them (its idf is small) but
 *       costs one posting per page. Left out of a field, it is still found in the others (titles, keywords); the browser
 *       gets the list and makes such terms optional in a query ({@code qunbookSearch.search}'s
 *       {@code common} option), so they can never make a query come back empty.</li>
 *   <li>{@link #frequentTermsFirst}: lunr numbers terms in order of first occurrence, and every
 *       (document, field) vector lists its terms by number. Feeding each field's tokens most frequent
 *       term first gives the terms found on many pages the small numbers, so the numbers repeated
 *       in the vectors are shorter and compress better. Token order means nothing else to lunr
 *       (only the order of stored positions, which queries do not depend on).</li>
 * </ul>
 */
public final class IndexShaping {
    private IndexShaping() {
    }

    /**
     * The CJK terms ({@link #isCjkTerm}) found in {@code field} of more than {@code share} of the
     * documents and of more than {@code minDocuments} of them (so a small site keeps every posting),
     * sorted.
     */
    public static Set<String> commonCjkTerms(List<IndexedDocument> documents, String field, double share,
                                             int minDocuments) {
        if (!(share >= 0 && share <= 1) || minDocuments < 0) {
            throw new IllegalArgumentException("share must be in [0, 1] and minDocuments >= 0");
        }
        Map<String, Integer> frequencies = documentFrequencies(documents, field);
        double limit = Math.max(share * documents.size(), minDocuments);
        Set<String> common = new TreeSet<>();
        frequencies.forEach((term, df) -> {
            if (df > limit && isCjkTerm(term)) {
                common.add(term);
            }
        });
        return common;
    }

    /** The documents with every token of {@code terms} removed from {@code field}; other fields unchanged. */
    public static List<IndexedDocument> withoutTerms(List<IndexedDocument> documents, String field,
                                                     Set<String> terms) {
        if (terms.isEmpty()) {
            return documents;
        }
        List<IndexedDocument> out = new ArrayList<>(documents.size());
        for (IndexedDocument doc : documents) {
            Map<String, List<Token>> fields = new LinkedHashMap<>(doc.tokensByField());
            fields.computeIfPresent(field, (name, tokens) ->
                    tokens.stream().filter(t -> !terms.contains(t.term())).toList());
            out.add(new IndexedDocument(doc.ref(), doc.boost(), fields));
        }
        return out;
    }

    /**
     * The documents with each field's tokens reordered: terms in more documents (any field) first,
     * ties by term, each term's occurrences in their original order. Use it on indexes without
     * positions; with positions they are still right, only listed in this order.
     */
    public static List<IndexedDocument> frequentTermsFirst(List<IndexedDocument> documents) {
        Map<String, Integer> frequencies = documentFrequencies(documents, null);
        Comparator<Token> order = Comparator.<Token>comparingInt(t -> -frequencies.get(t.term()))
                .thenComparing(Token::term);
        List<IndexedDocument> out = new ArrayList<>(documents.size());
        for (IndexedDocument doc : documents) {
            Map<String, List<Token>> fields = new LinkedHashMap<>();
            doc.tokensByField().forEach((name, tokens) -> {
                List<Token> sorted = new ArrayList<>(tokens);
                sorted.sort(order); // stable: a term's occurrences keep their order
                fields.put(name, sorted);
            });
            out.add(new IndexedDocument(doc.ref(), doc.boost(), fields));
        }
        return out;
    }

    /** Two code points, both CJK in the analyser's sense: a bigram {@link TextAnalyzer} made. */
    public static boolean isCjkBigram(String term) {
        return isCjk(term, 2);
    }

    /** A CJK bigram or a single CJK character: what {@link TextAnalyzer} makes of CJK text. */
    public static boolean isCjkTerm(String term) {
        return isCjk(term, 1) || isCjk(term, 2);
    }

    private static boolean isCjk(String term, int codePoints) {
        int count = 0;
        for (int i = 0; i < term.length(); i += Character.charCount(term.codePointAt(i))) {
            if (++count > codePoints || CharClass.of(term.codePointAt(i)) != CharClass.CJK) {
                return false;
            }
        }
        return count == codePoints;
    }

    /** For each term, the number of documents having it in {@code field} (in any field when null). */
    private static Map<String, Integer> documentFrequencies(List<IndexedDocument> documents, String field) {
        Map<String, Integer> frequencies = new HashMap<>();
        for (IndexedDocument doc : documents) {
            Set<String> terms = new HashSet<>();
            if (field == null) {
                doc.tokensByField().values().forEach(tokens -> tokens.forEach(t -> terms.add(t.term())));
            } else {
                doc.tokens(field).forEach(t -> terms.add(t.term()));
            }
            terms.forEach(term -> frequencies.merge(term, 1, Integer::sum));
        }
        return frequencies;
    }
}
