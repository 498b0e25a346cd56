package org.qunbook.plugins.copyedit;

/**
 * One rule of the prose pipeline: a rewrite of a piece of text that leaves text already
 * following the rule as it is. Findings are the differences between its input and output.
 *
 * @param id          the rule id printed as {@code [id]} and used in the options
 * @param description what a finding says, before the {@code 'before' → 'after'} excerpt
 * @param rewrite     the rewrite
 * @param fixable     whether {@code qunbook fix} may apply the rewrite
 */
record TextRule(String id, String description, Rewrite rewrite, boolean fixable) {

    /** A rewrite of one piece of prose. */
    @FunctionalInterface
    interface Rewrite {
        /**
         * @param text        the piece (one line, or part of one between code, links and markup)
         * @param lineHasCjk  whether the line it comes from has Chinese, Japanese or Korean text
         *                    (a piece between code spans can be Latin in a Chinese sentence)
         */
        String apply(String text, boolean lineHasCjk);
    }
}
