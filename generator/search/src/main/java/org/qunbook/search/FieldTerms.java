package org.qunbook.search;

import java.util.Arrays;

/**
 * One field of one document as lunr's builder sees it, with terms as ids of the index's dictionary:
 * the distinct terms in the order of their first token (lunr numbers terms in that order), each
 * one's count, the field's length in tokens and, when positions are stored, the (start, length)
 * pairs of each term's occurrences in token order. Immutable.
 */
final class FieldTerms {
    private final int[] terms;
    private final int[] counts;
    private final int length;
    /** (start, length) pairs, term after term; null without positions. */
    private final int[] positions;
    /** Where each term's pairs begin in {@code positions} (one more entry than terms); null without. */
    private final int[] positionStarts;

    FieldTerms(int[] terms, int[] counts, int length, int[] positions) {
        this.terms = terms;
        this.counts = counts;
        this.length = length;
        this.positions = positions;
        if (positions == null) {
            positionStarts = null;
        } else {
            positionStarts = new int[terms.length + 1];
            for (int k = 0; k < terms.length; k++) {
                positionStarts[k + 1] = positionStarts[k] + 2 * counts[k];
            }
        }
    }

    /** Distinct terms. */
    int size() {
        return terms.length;
    }

    /** The id of the {@code k}th distinct term. */
    int term(int k) {
        return terms[k];
    }

    /** How often the {@code k}th distinct term occurs. */
    int count(int k) {
        return counts[k];
    }

    /** Tokens in all (what BM25 calls the field's length). */
    int length() {
        return length;
    }

    boolean hasPositions() {
        return positions != null;
    }

    /** The occurrences of the {@code k}th term: {@code [start, length, start, length, …]} from {@link #positionsFrom}. */
    int[] positions() {
        return positions;
    }

    int positionsFrom(int k) {
        return positionStarts[k];
    }

    int positionsTo(int k) {
        return positionStarts[k + 1];
    }

    /** This field without the terms whose id is set in {@code removed}; the length drops by their counts. */
    FieldTerms without(boolean[] removed) {
        int[] kept = new int[terms.length];
        int n = 0;
        int removedTokens = 0;
        for (int k = 0; k < terms.length; k++) {
            if (removed[terms[k]]) {
                removedTokens += counts[k];
            } else {
                kept[n++] = k;
            }
        }
        return n == terms.length ? this : select(Arrays.copyOf(kept, n), length - removedTokens);
    }

    /** The terms at {@code slots}, in that order. */
    private FieldTerms select(int[] slots, int newLength) {
        int[] selectedTerms = new int[slots.length];
        int[] selectedCounts = new int[slots.length];
        int pairs = 0;
        for (int i = 0; i < slots.length; i++) {
            selectedTerms[i] = terms[slots[i]];
            selectedCounts[i] = counts[slots[i]];
            pairs += counts[slots[i]];
        }
        int[] selectedPositions = null;
        if (positions != null) {
            selectedPositions = new int[2 * pairs];
            int at = 0;
            for (int slot : slots) {
                int from = positionStarts[slot];
                int to = positionStarts[slot + 1];
                System.arraycopy(positions, from, selectedPositions, at, to - from);
                at += to - from;
            }
        }
        return new FieldTerms(selectedTerms, selectedCounts, newLength, selectedPositions);
    }
}
