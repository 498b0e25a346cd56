package org.qunbook.search;

/** lunr's {@code boost || 1}: every falsy number (0, -0, NaN) and a missing boost become 1. */
final class Boosts {
    private Boosts() {
    }

    static double orOne(Double boost) {
        return boost == null || boost == 0 || boost.isNaN() ? 1 : boost;
    }
}
