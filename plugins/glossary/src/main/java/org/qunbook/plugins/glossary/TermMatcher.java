package org.qunbook.plugins.glossary;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Finds term occurrences in text: folds the text (Traditional → Simplified, ASCII lower case,
 * positions kept), runs the automaton once, drops occurrences that break {@link WordBoundaries},
 * then keeps the leftmost-longest ones: scanning left to right, the occurrence starting first
 * wins, and of those starting at the same place the longest ({@code 私域流量} over {@code 私域});
 * occurrences overlapping a kept one are dropped. The result is deterministic.
 */
final class TermMatcher {

    private static final Comparator<TermAutomaton.Hit> LEFTMOST_LONGEST = Comparator
            .comparingInt(TermAutomaton.Hit::start)
            .thenComparing(Comparator.comparingInt(TermAutomaton.Hit::end).reversed());

    private final Spelling spelling;
    private final TermAutomaton automaton;

    /** @param keys folded spelling → term */
    TermMatcher(Spelling spelling, Map<String, Term> keys) {
        this.spelling = spelling;
        this.automaton = new TermAutomaton(keys);
    }

    /** Non-overlapping occurrences in {@code text}, left to right. */
    List<TermAutomaton.Hit> find(String text) {
        String folded = spelling.fold(text);
        List<TermAutomaton.Hit> candidates = new ArrayList<>();
        for (TermAutomaton.Hit hit : automaton.scan(folded)) {
            if (WordBoundaries.accepts(folded, hit.start(), hit.end())) {
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
}
