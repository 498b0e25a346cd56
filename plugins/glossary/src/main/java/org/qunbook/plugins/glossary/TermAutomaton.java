package org.qunbook.plugins.glossary;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Aho–Corasick automaton over every folded term and alias: one pass over a text finds every
 * occurrence of every key, in time linear in the text (plus the number of occurrences), however
 * many terms the glossary has. Immutable once built, so pages can be scanned in parallel.
 */
final class TermAutomaton {

    /** One occurrence of a key: {@code [start, end)} in the scanned text. */
    record Hit(int start, int end, Term term) {
    }

    private final List<Map<Character, Integer>> children = new ArrayList<>();
    private final int[] failure;
    /** Keys ending at each state, its own and those reached through failure links. */
    private final List<List<Integer>> outputs = new ArrayList<>();
    private final List<Integer> keyLengths = new ArrayList<>();
    private final List<Term> keyTerms = new ArrayList<>();

    /** @param keys folded key → its term; keys must be non-empty */
    TermAutomaton(Map<String, Term> keys) {
        newState();
        keys.forEach(this::insert);
        failure = new int[children.size()];
        linkFailures();
    }

    private int newState() {
        children.add(new HashMap<>());
        outputs.add(new ArrayList<>());
        return children.size() - 1;
    }

    private void insert(String key, Term term) {
        int state = 0;
        for (int i = 0; i < key.length(); i++) {
            char c = key.charAt(i);
            Integer next = children.get(state).get(c);
            if (next == null) {
                next = newState();
                children.get(state).put(c, next);
            }
            state = next;
        }
        outputs.get(state).add(keyLengths.size());
        keyLengths.add(key.length());
        keyTerms.add(term);
    }

    private void linkFailures() {
        ArrayDeque<Integer> queue = new ArrayDeque<>();
        for (int child : children.get(0).values()) {
            failure[child] = 0;
            queue.add(child);
        }
        while (!queue.isEmpty()) {
            int state = queue.poll();
            for (Map.Entry<Character, Integer> edge : children.get(state).entrySet()) {
                int child = edge.getValue();
                int fallback = failure[state];
                while (fallback != 0 && !children.get(fallback).containsKey(edge.getKey())) {
                    fallback = failure[fallback];
                }
                Integer target = children.get(fallback).get(edge.getKey());
                failure[child] = target == null || target == child ? 0 : target;
                outputs.get(child).addAll(outputs.get(failure[child]));
                queue.add(child);
            }
        }
    }

    /** Every occurrence of every key in {@code folded}, ordered by end position. */
    List<Hit> scan(String folded) {
        List<Hit> hits = new ArrayList<>();
        int state = 0;
        for (int i = 0; i < folded.length(); i++) {
            char c = folded.charAt(i);
            while (state != 0 && !children.get(state).containsKey(c)) {
                state = failure[state];
            }
            state = children.get(state).getOrDefault(c, 0);
            for (int key : outputs.get(state)) {
                hits.add(new Hit(i + 1 - keyLengths.get(key), i + 1, keyTerms.get(key)));
            }
        }
        return hits;
    }
}
