package org.qunbook.plugins.copyedit;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The site's vocabulary ({@code content/_copyedit/vocabulary.yml}): each preferred term with the
 * variants to flag. A variant listed under one term is replaced by it; one listed under several
 * is only reported, since the writer has to choose.
 *
 */
final class Vocabulary {

    static final Vocabulary EMPTY = new Vocabulary(Map.of());

    private final Map<String, List<String>> preferredByVariant;
    /** Longest first, so the longest match at a position wins. */
    private final List<String> preferred;
    private final List<String> variants;

    /** An occurrence of a variant in a piece of text. */
    record Match(int start, int end, String variant, List<String> preferred) {
        boolean unambiguous() {
            return preferred.size() == 1;
        }
    }

    /** @param preferredByVariant for every variant, the terms that replace it (one: unambiguous) */
    Vocabulary(Map<String, List<String>> preferredByVariant) {
        Map<String, List<String>> copy = new LinkedHashMap<>();
        preferredByVariant.forEach((variant, terms) -> copy.put(variant, List.copyOf(terms)));
        this.preferredByVariant = java.util.Collections.unmodifiableMap(copy);
        this.preferred = copy.values().stream().flatMap(List::stream).distinct()
                .sorted(Comparator.comparingInt(String::length).reversed()).toList();
        this.variants = copy.keySet().stream().sorted(Comparator.comparingInt(String::length).reversed()).toList();
    }

    boolean isEmpty() {
        return preferredByVariant.isEmpty();
    }

    /**
     * The variants in {@code text}, longest first at each position, never inside an occurrence of a
     * preferred term (a variant may be part of one) and never one of {@code accepted}.
     */
    List<Match> find(String text, Set<String> accepted) {
        if (preferredByVariant.isEmpty()) {
            return List.of();
        }
        List<Match> matches = new ArrayList<>();
        int i = 0;
        outer:
        while (i < text.length()) {
            for (String term : preferred) {
                if (text.startsWith(term, i)) {
                    int at = i;
                    boolean longer = variants.stream()
                            .anyMatch(v -> v.length() > term.length() && text.startsWith(v, at));
                    if (!longer) {
                        i += term.length();
                        continue outer;
                    }
                }
            }
            for (String variant : variants) {
                if (text.startsWith(variant, i) && !accepted.contains(variant)) {
                    matches.add(new Match(i, i + variant.length(), variant, preferredByVariant.get(variant)));
                    i += variant.length();
                    continue outer;
                }
            }
            i++;
        }
        return matches;
    }
}
