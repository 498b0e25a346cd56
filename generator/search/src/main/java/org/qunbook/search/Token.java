package org.qunbook.search;

import java.util.Objects;

/**
 * One index term with where it came from: {@code start} and {@code length} count UTF-16 code units
 * in the original field text (what the browser's {@code String.prototype.slice} needs to highlight).
 */
public record Token(String term, int start, int length) {
    public Token {
        requireIndexable(term, start);
        if (start < 0 || length < 0) {
            throw new IllegalArgumentException("negative position [" + start + "," + length + "] for " + term);
        }
    }

    /** What lunr can take as a term (shared with {@link TermCounts}, which makes no Token). */
    static void requireIndexable(String term, int start) {
        Objects.requireNonNull(term, "term");
        if (term.isEmpty()) {
            // lunr indexes "" like any other term; it would collect every occurrence and match nothing useful
            throw new IllegalArgumentException("empty term at " + start);
        }
        Utf16.requireWellFormed(term, "term");
    }

    /** Exclusive end offset in the original text. */
    public int end() {
        return start + length;
    }
}
