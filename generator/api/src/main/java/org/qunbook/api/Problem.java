package org.qunbook.api;

import java.util.Comparator;
import java.util.Objects;
import java.util.Optional;

/**
 * A problem with the user's input, printed as
 * {@code content/playbooks/x.md:3:1: error: unknown front matter key 'tittle' (did you mean 'title'?)}.
 *
 * @param severity error or warning
 * @param position where; {@code null} for site-wide problems
 * @param message  what is wrong and, where possible, what to do
 * @param fix      a safe repair {@code qunbook fix} may apply, in the page at {@code position}
 */
public record Problem(Severity severity, SourcePosition position, String message, Optional<Fix> fix) {

    /** Orders problems by file, line, column, then message, for stable output. */
    public static final Comparator<Problem> BY_POSITION = Comparator
            .comparing((Problem p) -> p.position == null ? "" : p.position.file())
            .thenComparingInt(p -> p.position == null ? 0 : p.position.line())
            .thenComparingInt(p -> p.position == null ? 0 : p.position.column())
            .thenComparing(Problem::message);

    public Problem {
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(message, "message");
        fix = fix == null ? Optional.empty() : fix;
    }

    public Problem(Severity severity, SourcePosition position, String message) {
        this(severity, position, message, Optional.empty());
    }

    public static Problem error(SourcePosition position, String message) {
        return new Problem(Severity.ERROR, position, message);
    }

    public static Problem warning(SourcePosition position, String message) {
        return new Problem(Severity.WARNING, position, message);
    }

    /** This problem with a fix {@code qunbook fix} may apply. */
    public Problem withFix(Fix value) {
        return new Problem(severity, position, message, Optional.of(value));
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
