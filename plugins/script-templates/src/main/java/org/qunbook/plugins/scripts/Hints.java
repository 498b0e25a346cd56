package org.qunbook.plugins.scripts;

import java.util.Collection;
import java.util.Comparator;
import java.util.Optional;
import java.util.function.UnaryOperator;

/** "Did you mean" suggestions by edit distance over code points (Chinese names are short). */
final class Hints {

    private Hints() {
    }

    static Optional<String> closest(String wrong, Collection<String> candidates) {
        return closest(wrong, candidates, UnaryOperator.identity());
    }

    /** The closest candidate within a third of the length (at least one edit), compared after {@code fold}. */
    static Optional<String> closest(String wrong, Collection<String> candidates, UnaryOperator<String> fold) {
        String folded = fold.apply(wrong);
        return candidates.stream()
                .filter(c -> !c.equals(wrong))
                .map(c -> new Scored(c, distance(folded, fold.apply(c))))
                .filter(s -> s.distance <= Math.max(1, Math.max(length(wrong), length(s.candidate)) / 3))
                .min(Comparator.comparingInt(Scored::distance).thenComparing(Scored::candidate))
                .map(Scored::candidate);
    }

    private record Scored(String candidate, int distance) {
    }

    private static int length(String s) {
        return s.codePointCount(0, s.length());
    }

    /** Edits (insert, delete, substitute, swap two neighbours: {@code lable} → {@code label} is one). */
    static int distance(String a, String b) {
        int[] x = a.codePoints().toArray();
        int[] y = b.codePoints().toArray();
        int[][] d = new int[x.length + 1][y.length + 1];
        for (int i = 0; i <= x.length; i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= y.length; j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= x.length; i++) {
            for (int j = 1; j <= y.length; j++) {
                int cost = x[i - 1] == y[j - 1] ? 0 : 1;
                d[i][j] = Math.min(d[i - 1][j - 1] + cost, Math.min(d[i - 1][j], d[i][j - 1]) + 1);
                if (i > 1 && j > 1 && x[i - 1] == y[j - 2] && x[i - 2] == y[j - 1]) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[x.length][y.length];
    }
}
