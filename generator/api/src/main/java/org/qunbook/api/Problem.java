package org.qunbook.api;

import java.util.Comparator;
import java.util.Objects;

/**
 * A problem with the user's input, printed as
 * {@code content/playbooks/x.md:3:1: error: unknown front matter key 'tittle' (did you mean 'title'?)}.
 *
 * @param severity error or warning
 * @param position where; {@code null} for site-wide problems
 * @param message  what is wrong and, where possible, what to do
 */
public record Problem(Severity severity, SourcePosition position, String message) {

    /** Orders problems by file, line, column, then message, for stable output. */
    public static final Comparator<Problem> BY_POSITION = Comparator
            .comparing((Problem p) -> p.position == null ? "" : p.position.file())
            .thenComparingInt(p -> p.position == null ? 0 : p.position.line())
            .thenComparingInt(p -> p.position == null ? 0 : p.position.column())
            .thenComparing(Problem::message);

    public Problem {
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(message, "message");
    }

    public static Problem error(SourcePosition position, String message) {
        return new Problem(Severity.ERROR, position, message);
    }

    public static Problem warning(SourcePosition position, String message) {
        return new Problem(Severity.WARNING, position, message);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /** The compiler-style line. */
    public String format() {
        String where = position == null ? "qunbook" : position.toString();
        return where + ": " + severity.label() + ": " + message;
    }
}
