package org.qunbook.plugins.scripts;

/** A piece of a script's text: literal text, or a placeholder to fill. */
sealed interface Segment {

    /** Literal text (malformed placeholders stay here, as written). */
    record Text(String text) implements Segment {
    }

    /**
     * A well-formed placeholder.
     *
     * @param name the variable name, trimmed
     * @param raw  as written, e.g. {@code {{ 品牌名 }}}
     * @param line 0-based line within the script text
     */
    record Slot(String name, String raw, int line) implements Segment {
    }
}
