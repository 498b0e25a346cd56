package org.qunbook.api;

/**
 * A place in a source file, printed compiler-style as {@code file:line:column}.
 *
 * @param file   path as the user sees it, relative to the working directory where possible
 * @param line   1-based line, or 0 when only the file is known
 * @param column 1-based column, or 0 when unknown
 */
public record SourcePosition(String file, int line, int column) {

    public static SourcePosition of(String file, int line) {
        return new SourcePosition(file, line, line > 0 ? 1 : 0);
    }

    public static SourcePosition fileOnly(String file) {
        return new SourcePosition(file, 0, 0);
    }

    @Override
    public String toString() {
        if (line <= 0) {
            return file;
        }
        return column <= 0 ? file + ":" + line : file + ":" + line + ":" + column;
    }
}
