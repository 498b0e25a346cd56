package org.qunbook.plugins.glossary;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Aho–Corasick automaton over every folded term and alias: one pass over a text finds every
 * occurrence of every key, in time linear in the text (plus the number of occurrences), however
 * many terms the glossary has. Immutable once built, so pages can be scanned in parallel.
 *
 * <p>The trie is kept in flat arrays, because every character of every page goes through
 * {@link #scan}: the root's edges are a table indexed by character (most characters of a text
 * leave from or fall back to the root), other states list their edges sorted, searched by
 * bisection. Per-state maps of boxed characters made the glossary a tenth of a build's time.
 */
final class TermAutomaton {

    /** One occurrence of a key: {@code [start, end)} in the scanned text. */
    record Hit(int start, int end, Term term) {
    }

    /** Root edges by character; 0 means none (the root is never a target). */
    private final int[] rootEdges = new int[Character.MAX_VALUE + 1];
    /** Edges of state s: {@code edgeChars/edgeTargets[edgeStart[s] .. edgeStart[s + 1])}, by character. */
    private final int[] edgeStart;
    private final char[] edgeChars;
    private final int[] edgeTargets;
    private final int[] failure;
    /** Keys ending at each state, its own and those reached through failure links. */
    private final int[][] outputs;
    private final int[] keyLengths;
    private final Term[] keyTerms;

    /** @param keys folded key → its term; keys must be non-empty */
    TermAutomaton(Map<String, Term> keys) {
        this(List.copyOf(keys.entrySet()));
    }

    /** @param keys folded keys with their terms; a key may appear more than once (for different terms) */
    TermAutomaton(List<Map.Entry<String, Term>> keys) {
        Trie trie = new Trie();
        keys.forEach(key -> trie.insert(key.getKey(), key.getValue()));
        int states = trie.children.size();
        edgeStart = new int[states + 1];
        int edges = trie.children.stream().mapToInt(Map::size).sum();
        edgeChars = new char[edges];
        edgeTargets = new int[edges];
        int at = 0;
        for (int state = 0; state < states; state++) {
            edgeStart[state] = at;
            for (Map.Entry<Character, Integer> edge : trie.children.get(state).entrySet()) {
                edgeChars[at] = edge.getKey();
                edgeTargets[at++] = edge.getValue();
            }
        }
        edgeStart[states] = at;
        trie.children.get(0).forEach((c, target) -> rootEdges[c] = target);
        keyLengths = trie.keyLengths.stream().mapToInt(Integer::intValue).toArray();
        keyTerms = trie.keyTerms.toArray(Term[]::new);
        failure = new int[states];
        List<List<Integer>> found = trie.outputs;
        linkFailures(found);
        outputs = new int[states][];
        for (int state = 0; state < states; state++) {
            outputs[state] = found.get(state).stream().mapToInt(Integer::intValue).toArray();
        }
    }

    /** The state reached from {@code state} by {@code c}, or -1. */
    private int next(int state, char c) {
        if (state == 0) {
            int target = rootEdges[c];
            return target == 0 ? -1 : target;
        }
        int found = Arrays.binarySearch(edgeChars, edgeStart[state], edgeStart[state + 1], c);
        return found < 0 ? -1 : edgeTargets[found];
    }

    private void linkFailures(List<List<Integer>> found) {
        ArrayDeque<Integer> queue = new ArrayDeque<>();
        for (int e = edgeStart[0]; e < edgeStart[1]; e++) {
            queue.add(edgeTargets[e]); // failure of the root's children is the root
        }
        while (!queue.isEmpty()) {
            int state = queue.poll();
            for (int e = edgeStart[state]; e < edgeStart[state + 1]; e++) {
                int child = edgeTargets[e];
                int fallback = failure[state];
                while (fallback != 0 && next(fallback, edgeChars[e]) < 0) {
                    fallback = failure[fallback];
                }
                int target = next(fallback, edgeChars[e]);
                failure[child] = target < 0 || target == child ? 0 : target;
                found.get(child).addAll(found.get(failure[child]));
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
            int target = next(state, c);
            while (target < 0 && state != 0) {
                state = failure[state];
                target = next(state, c);
            }
            state = Math.max(target, 0);
            for (int key : outputs[state]) {
                hits.add(new Hit(i + 1 - keyLengths[key], i + 1, keyTerms[key]));
            }
        }
        return hits;
    }

    /** The automaton while keys are added: a trie with sorted edges. */
    private static final class Trie {
        final List<TreeMap<Character, Integer>> children = new ArrayList<>();
        final List<List<Integer>> outputs = new ArrayList<>();
        final List<Integer> keyLengths = new ArrayList<>();
        final List<Term> keyTerms = new ArrayList<>();

        Trie() {
            newState();
        }

        private int newState() {
            children.add(new TreeMap<>());
            outputs.add(new ArrayList<>());
            return children.size() - 1;
        }

        void insert(String key, Term term) {
            int state = 0;
            for (int i = 0; i < key.length(); i++) {
                Integer next = children.get(state).get(key.charAt(i));
                if (next == null) {
                    next = newState();
                    children.get(state).put(key.charAt(i), next);
                }
                state = next;
            }
            outputs.get(state).add(keyLengths.size());
            keyLengths.add(key.length());
            keyTerms.add(term);
        }
    }
}
