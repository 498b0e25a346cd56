package org.qunbook.api;

/**
 * Chinese text services the core shares with plugins, so every part of a site folds and orders
 * text the same way (the glossary matches what search finds).
 */
public interface TextTools {

    /**
     * Folds Traditional characters to Simplified, one character at a time (so positions are
     * kept): {@code 複購率} → {@code 复购率}. Other text is unchanged.
     */
    String foldToSimplified(String text);

    /** Pinyin order, initials and romanisation. */
    HanziOrder pinyin();
}
