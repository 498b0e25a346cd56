package org.qunbook.plugins.glossary;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/**
 * Finds term occurrences in text: folds the text (Traditional → Simplified, ASCII lower case,
 * positions kept), runs the automaton once, drops occurrences that break {@link WordBoundaries}
 * and occurrences of a term inside one of the longer words its page lists in {@code not_in}
 * ({@code 生命周期} in {@code 产品生命周期}), then keeps the leftmost-longest ones: scanning left to right, the occurrence starting first
 * wins, and of those starting at the same place the longest ({@code 私域流量} over {@code 私域});
 * occurrences overlapping a kept one are dropped. The result is deterministic.
 */
final class TermMatcher {

    private static final Comparator<TermAutomaton.Hit> LEFTMOST_LONGEST = Comparator
            .comparingInt(TermAutomaton.Hit::start)
            .thenComparing(Comparator.comparingInt(TermAutomaton.Hit::end).reversed());

    private final Spelling spelling;
    private final TermAutomaton automaton;
    /** The {@code not_in} words, each with the term it excludes; null when no term has any. */
    private final TermAutomaton exclusions;

    /** @param keys folded spelling → term; the terms' {@code notIn} words are folded here */
    TermMatcher(Spelling spelling, Map<String, Term> keys) {
        this.spelling = spelling;
        this.automaton = new TermAutomaton(keys);
        List<Map.Entry<String, Term>> excluded = new ArrayList<>();
        new LinkedHashSet<>(keys.values()).forEach(term -> term.notIn().stream()
                .filter(word -> !word.isBlank())
                .forEach(word -> excluded.add(Map.entry(spelling.fold(word.strip()), term))));
        this.exclusions = excluded.isEmpty() ? null : new TermAutomaton(excluded);
    }

    /** Non-overlapping occurrences in {@code text}, left to right. */
    List<TermAutomaton.Hit> find(String text) {
        String folded = spelling.fold(text);
        List<TermAutomaton.Hit> excluded = exclusions == null ? List.of() : exclusions.scan(folded);
        List<TermAutomaton.Hit> candidates = new ArrayList<>();
        for (TermAutomaton.Hit hit : automaton.scan(folded)) {
            if (WordBoundaries.accepts(folded, hit.start(), hit.end()) && !isExcluded(hit, excluded)) {
                candidates.add(hit);
            }
        }
        candidates.sort(LEFTMOST_LONGEST);
        List<TermAutomaton.Hit> kept = new ArrayList<>();
        int keptEnd = 0;
        for (TermAutomaton.Hit hit : candidates) {
            if (hit.start() >= keptEnd) {
                kept.add(hit);
                keptEnd = hit.end();
            }
        }
        return kept;
    }

    /**
     * True when {@code hit} lies inside a {@code not_in} word of its own term. Excluded before the
     * leftmost-longest choice, so the word hides only that term: another term inside it still links.
     */
    private static boolean isExcluded(TermAutomaton.Hit hit, List<TermAutomaton.Hit> excluded) {
        for (TermAutomaton.Hit word : excluded) {
            if (word.term() == hit.term() && word.start() <= hit.start() && hit.end() <= word.end()) {
                return true;
            }
        }
        return false;
    }
}
