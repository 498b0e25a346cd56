package org.qunbook.api;

/**
 * A safe, mechanical repair of a {@link Problem}: replace a range of the page's Markdown body
 * ({@link PageInfo#markdown()}) with new text. {@code qunbook fix} applies the fixes of every
 * plugin's problems to the files, so a fix must never need a human decision.
 *
 * <p>Offsets count UTF-16 chars from the start of the body (the text after the front matter, as
 * in the file: line endings kept). A fix stays within one line; identical fixes reported by
 * several problems are applied once.
 *
 * @param start       first char replaced
 * @param end         one past the last char replaced ({@code start} to insert)
 * @param replacement the new text
 */
public record Fix(int start, int end, String replacement) {

    public Fix {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad fix range " + start + ".." + end);
        }
        java.util.Objects.requireNonNull(replacement, "replacement");
    }

    /** True when the two ranges share a char, or insert at the same place. */
    public boolean overlaps(Fix other) {
        return start < other.end && other.start < end || start == other.start;
    }
}
