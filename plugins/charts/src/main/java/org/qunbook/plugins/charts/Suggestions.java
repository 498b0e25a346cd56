package org.qunbook.plugins.charts;

import java.util.Comparator;
import java.util.List;

/** "Did you mean" for misspelt keys and types: the closest candidate within two edits. */
final class Suggestions {

    private Suggestions() {
    }

    static String didYouMean(String word, List<String> candidates) {
        return candidates.stream().filter(c -> distance(word, c) <= 2)
                .min(Comparator.comparingInt(c -> distance(word, c)))
                .map(c -> " (did you mean '" + c + "'?)").orElse("");
    }

    private static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
