package org.qunbook.search;

import java.util.Arrays;
import java.util.List;

/**
 * One field's tokens as the index needs them: its distinct terms in the order of their first token,
 * how often each occurs, how many tokens there are in all and, when asked for, where each occurrence
 * is. Made in parallel, one per field ({@link #of(TextAnalyzer, String)}); {@link IndexCorpus.Builder#add}
 * then gives its terms the index's term ids.
 */
public final class TermCounts implements TextAnalyzer.Tokens {
    private final TermIds terms;
    private int[] counts;
    private int length;
    /** With positions: (term, start, length) of every token, in token order; else null. */
    private int[] occurrences;
    /** The dictionary's id of each counted term as {@link #lookUp} found it (-1: new); null before. */
    private int[] known;

    /**
     * @param expectedTokens a guess that saves growing the tables: a text has about as many tokens as
     *                       characters, but far fewer distinct terms (a page's body repeats its
     *                       bigrams), and tables sized for every token cost more to clear than to grow
     */
    private TermCounts(boolean positions, int expectedTokens) {
        int tokens = Math.max(8, Math.min(expectedTokens, 1 << 16));
        int terms = Math.max(8, tokens / 4);
        this.terms = new TermIds(terms);
        this.counts = new int[terms];
        this.occurrences = positions ? new int[3 * tokens] : null;
    }

    /** The terms {@code analyzer} finds in {@code text}, without positions. */
    public static TermCounts of(TextAnalyzer analyzer, String text) {
        TermCounts counts = new TermCounts(false, text.length());
        analyzer.tokenize(text, counts);
        return counts;
    }

    /** The terms of {@code tokens}, in their order. */
    public static TermCounts of(List<Token> tokens, boolean positions) {
        TermCounts counts = new TermCounts(positions, tokens.size());
        for (Token token : tokens) {
            counts.count(counts.terms.add(token.term()), token.start(), token.length());
        }
        return counts;
    }

    @Override
    public void word(String term, int start, int length) {
        count(terms.add(term), start, length);
    }

    @Override
    public void cjk(long key, int start, int length) {
        count(terms.addKey(key), start, length);
    }

    private void count(int id, int start, int length) {
        if (id == counts.length) {
            counts = Arrays.copyOf(counts, Math.max(8, id * 2));
        }
        counts[id]++;
        if (occurrences != null) {
            int at = 3 * this.length;
            if (at == occurrences.length) {
                occurrences = Arrays.copyOf(occurrences, Math.max(24, at * 2));
            }
            occurrences[at] = id;
            occurrences[at + 1] = start;
            occurrences[at + 2] = length;
        }
        this.length++;
    }

    /**
     * Finds the counted terms' ids in {@code dictionary} without changing it (-1 for a term it does not
     * have yet), so that {@link #intern} has less to do; may run in parallel with other lookups.
     */
    void lookUp(TermIds dictionary) {
        known = new int[terms.size()];
        for (int k = 0; k < known.length; k++) {
            long key = terms.key(k);
            known[k] = key != ShortTerms.NONE ? dictionary.findKey(key) : dictionary.find(terms.term(k));
        }
    }

    /** The counted terms with {@code dictionary}'s ids (new terms are added to it). */
    FieldTerms intern(TermIds dictionary) {
        int n = terms.size();
        int[] ids = new int[n];
        for (int k = 0; k < n; k++) {
            if (known != null && known[k] >= 0) {
                ids[k] = known[k];
                continue;
            }
            int size = dictionary.size();
            long key = terms.key(k);
            ids[k] = key != ShortTerms.NONE ? dictionary.addKey(key) : dictionary.add(terms.term(k));
            if (ids[k] == size) { // checked once per distinct term of the whole index
                Token.requireIndexable(dictionary.term(ids[k]), 0);
            }
        }
        return new FieldTerms(ids, Arrays.copyOf(counts, n), length, occurrences == null ? null : positionsByTerm(n));
    }

    /** The (start, length) pairs grouped by term in the order of {@code ids}, each term's in token order. */
    private int[] positionsByTerm(int n) {
        int[] next = new int[n];
        for (int k = 1; k < n; k++) {
            next[k] = next[k - 1] + 2 * counts[k - 1];
        }
        int[] positions = new int[2 * length];
        for (int at = 0; at < 3 * length; at += 3) {
            int slot = next[occurrences[at]];
            positions[slot] = occurrences[at + 1];
            positions[slot + 1] = occurrences[at + 2];
            next[occurrences[at]] += 2;
        }
        return positions;
    }
}
