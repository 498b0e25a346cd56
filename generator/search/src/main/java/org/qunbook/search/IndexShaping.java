package org.qunbook.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Ways to make a site's index smaller without leaving lunr's format: they only decide which terms
 * reach {@link LunrIndexWriter} and in what order, so the index is still exactly what lunr.js builds
 * from the same token streams (a field's tokens are its terms, each repeated as often as it occurs,
 * in this order).
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
 *
 * <p>Both work on term ids: document frequencies are counted once per call, and the new term order
 * is one ranking of the dictionary, not a sort of every token list (see {@link IndexCorpus}).
 */
public final class IndexShaping {
    private IndexShaping() {
    }

    /**
     * The CJK terms ({@link #isCjkTerm}) found in {@code field} of more than {@code share} of the
     * documents and of more than {@code minDocuments} of them (so a small site keeps every posting),
     * sorted.
     */
    public static Set<String> commonCjkTerms(IndexCorpus corpus, String field, double share, int minDocuments) {
        if (!(share >= 0 && share <= 1) || minDocuments < 0) {
            throw new IllegalArgumentException("share must be in [0, 1] and minDocuments >= 0");
        }
        Set<String> common = new TreeSet<>();
        int f = corpus.fieldIndex(field);
        if (f < 0) {
            return common;
        }
        int[] frequencies = corpus.documentFrequencies(f);
        double limit = Math.max(share * corpus.size(), minDocuments);
        for (int id = 0; id < frequencies.length; id++) {
            if (frequencies[id] > limit && isCjkTerm(corpus.terms().term(id))) {
                common.add(corpus.terms().term(id));
            }
        }
        return common;
    }

    /** The corpus with every occurrence of {@code terms} removed from {@code field}; other fields unchanged. */
    public static IndexCorpus withoutTerms(IndexCorpus corpus, String field, Set<String> terms) {
        int f = corpus.fieldIndex(field);
        if (terms.isEmpty() || f < 0) {
            return corpus;
        }
        boolean[] removed = new boolean[corpus.terms().size()];
        for (String term : terms) {
            int id = corpus.terms().find(term);
            if (id >= 0) {
                removed[id] = true;
            }
        }
        List<IndexCorpus.Document> shaped = new ArrayList<>(corpus.size());
        for (IndexCorpus.Document doc : corpus.documents()) {
            shaped.add(doc.withField(f, doc.field(f).without(removed)));
        }
        return corpus.withDocuments(shaped);
    }

    /**
     * The corpus with each field's terms reordered: terms in more documents (any field) first, ties
     * by term (UTF-16 order), each term's occurrences in their original order. Use it on indexes
     * without positions; with positions they are still right, only listed in this order.
     */
    public static IndexCorpus frequentTermsFirst(IndexCorpus corpus) {
        return corpus.withTermRanks(frequentFirstRanks(corpus));
    }

    /**
     * Each term id's place in the order (more documents first, then UTF-16 order of the term): a
     * stable counting sort by frequency of the terms already in UTF-16 order.
     */
    private static int[] frequentFirstRanks(IndexCorpus corpus) {
        int[] frequencies = corpus.documentFrequencies(-1);
        int maxFrequency = corpus.size();
        int[] firstRankOf = new int[maxFrequency + 2]; // by (maxFrequency - frequency): where that group starts
        for (int frequency : frequencies) {
            firstRankOf[maxFrequency - frequency + 1]++;
        }
        for (int i = 1; i < firstRankOf.length; i++) {
            firstRankOf[i] += firstRankOf[i - 1];
        }
        int[] rank = new int[frequencies.length];
        for (int id : corpus.terms().inUtf16Order()) {
            rank[id] = firstRankOf[maxFrequency - frequencies[id]]++;
        }
        return rank;
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
}
