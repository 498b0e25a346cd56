package org.qunbook.search;

import java.util.Objects;
import java.util.Set;

/**
 * A field of the lunr index and its build-time boost. lunr applies a boost as {@code boost || 1},
 * so 0 and NaN mean 1; {@link #effectiveBoost()} does the same.
 */
public record SearchField(String name, double boost) {

    /**
     * Keys lunr's builder looks up on plain objects ({@code accumulator[field] || ...}): a field
     * named like an {@code Object.prototype} member finds the inherited function and the average
     * field length becomes NaN. {@code _index} would collide with the posting's term index.
     */
    private static final Set<String> RESERVED = Set.of(
            "_index", "__proto__", "constructor", "hasOwnProperty", "isPrototypeOf",
            "propertyIsEnumerable", "toLocaleString", "toString", "valueOf",
            "__defineGetter__", "__defineSetter__", "__lookupGetter__", "__lookupSetter__");

    public SearchField {
        Objects.requireNonNull(name, "name");
        if (name.isEmpty()) {
            throw new IllegalArgumentException("empty field name");
        }
        if (name.indexOf('/') >= 0) {
            // fieldRef is "field/docRef" and lunr splits it at the first '/'
            throw new IllegalArgumentException("field name contains '/': " + name);
        }
        if (JsPropertyOrder.isArrayIndex(name)) {
            // JS would move the key ahead of "_index" and the other fields in every posting
            throw new IllegalArgumentException("integer-like field name: " + name);
        }
        if (RESERVED.contains(name)) {
            throw new IllegalArgumentException("reserved field name: " + name);
        }
        Utf16.requireWellFormed(name, "field name");
        if (Double.isInfinite(boost)) {
            throw new IllegalArgumentException("infinite boost for field " + name);
        }
    }

    /** A field with lunr's default boost of 1. */
    public static SearchField of(String name) {
        return new SearchField(name, 1);
    }

    double effectiveBoost() {
        return Boosts.orOne(boost);
    }
}
