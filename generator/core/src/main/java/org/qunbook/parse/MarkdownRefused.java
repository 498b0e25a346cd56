package org.qunbook.parse;

/**
 * A page's Markdown cannot be converted: it goes beyond a {@link MarkdownLimits} limit, or the
 * converter failed on it (a stack overflow, memory, a bug). The build reports it as an error on the
 * page, at {@link #bodyLine()} when known (0 otherwise), and goes on with the other pages.
 */
public final class MarkdownRefused extends Exception {
    private static final long serialVersionUID = 1L;

    private final int bodyLine;

    MarkdownRefused(int bodyLine, String message, Throwable cause) {
        super(message, cause, false, false);
        this.bodyLine = bodyLine;
    }

    public int bodyLine() {
        return bodyLine;
    }
}
