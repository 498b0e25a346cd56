package org.qunbook.api;

/** How bad a {@link Problem} is: errors fail the build, warnings only with {@code --strict}. */
public enum Severity {
    ERROR, WARNING;

    /** The lower-case word printed in messages, {@code error} or {@code warning}. */
    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
