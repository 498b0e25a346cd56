package org.qunbook.search;

import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A document ready for the index: its lunr ref, an optional document boost ({@code null} means
 * none; 0 and NaN also mean none, as in lunr) and the analysed tokens of each field. A field
 * missing from {@code tokensByField} is indexed as empty, like a document without that field in lunr.
 */
public record IndexedDocument(String ref, Double boost, Map<String, List<Token>> tokensByField) {
    public IndexedDocument {
        requireRefAndBoost(ref, boost);
        Objects.requireNonNull(tokensByField, "tokensByField");
        Map<String, List<Token>> copy = new LinkedHashMap<>();
        tokensByField.forEach((field, tokens) -> copy.put(
                Objects.requireNonNull(field, "field name"), List.copyOf(tokens)));
        tokensByField = Collections.unmodifiableMap(copy);
    }

    /** What lunr can take as a document's ref and boost (shared with {@link IndexCorpus.Builder}). */
    static void requireRefAndBoost(String ref, Double boost) {
        Objects.requireNonNull(ref, "ref");
        if (ref.isEmpty()) {
            throw new IllegalArgumentException("empty document ref");
        }
        Utf16.requireWellFormed(ref, "document ref");
        if (boost != null && boost.isInfinite()) {
            throw new IllegalArgumentException("infinite boost for document " + ref);
        }
    }

    /** Every distinct term of the document, e.g. for {@link ScriptFolding#browserTable(java.util.Collection)}. */
    public Set<String> terms() {
        Set<String> terms = new HashSet<>();
        tokensByField.values().forEach(tokens -> tokens.forEach(token -> terms.add(token.term())));
        return terms;
    }

    /** The tokens of {@code field}, empty when the document has none. */
    public List<Token> tokens(String field) {
        return tokensByField.getOrDefault(field, List.of());
    }
}
