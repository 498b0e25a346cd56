package org.qunbook.theme;

import java.nio.file.Path;
import java.util.Optional;
import org.qunbook.yaml.YamlSyntaxException;

/**
 * A UI-strings file ({@code i18n/<language>.yml}) that is not valid YAML, with which one it is: the
 * site's override in {@code content/_theme/} (a path to show the writer) or the theme's own.
 */
public final class MessagesFileException extends Exception {
    private static final long serialVersionUID = 1L;

    private final transient Optional<Path> siteFile;
    private final int line;
    private final int column;

    MessagesFileException(Optional<Path> siteFile, YamlSyntaxException cause) {
        super(cause.getMessage(), cause);
        this.siteFile = siteFile;
        this.line = cause.line();
        this.column = cause.column();
    }

    /** The site's override file, if that is the one; empty for the theme's own file. */
    public Optional<Path> siteFile() {
        return siteFile;
    }

    public int line() {
        return line;
    }

    public int column() {
        return column;
    }
}
