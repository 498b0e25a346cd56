package org.qunbook.yaml;

/** The text is not valid YAML, or not a mapping; carries the 1-based line and column. */
public final class YamlSyntaxException extends Exception {
    private static final long serialVersionUID = 1L;
    private final int line;
    private final int column;

    public YamlSyntaxException(String message, int line, int column) {
        super(message);
        this.line = line;
        this.column = column;
    }

    public int line() {
        return line;
    }

    public int column() {
        return column;
    }
}
