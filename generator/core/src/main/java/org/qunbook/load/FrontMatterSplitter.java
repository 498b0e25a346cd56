package org.qunbook.load;

import java.util.Optional;

/** Splits {@code ---}-fenced YAML front matter from the Markdown body. */
public final class FrontMatterSplitter {

    /** The split, or empty when the file does not start with a {@code ---} line. */
    public Optional<FrontMatterBlock> split(String text) throws UnclosedFrontMatterException {
        String source = text.startsWith("\uFEFF") ? text.substring(1) : text;
        if (!(source.startsWith("---\n") || source.startsWith("---\r\n"))) {
            return Optional.empty();
        }
        int lineStart = source.indexOf('\n') + 1;
        int line = 2;
        while (lineStart <= source.length()) {
            int lineEnd = source.indexOf('\n', lineStart);
            String current = source.substring(lineStart, lineEnd < 0 ? source.length() : lineEnd).stripTrailing();
            if (current.equals("---")) {
                String yaml = source.substring(source.indexOf('\n') + 1, lineStart);
                String body = lineEnd < 0 ? "" : source.substring(lineEnd + 1);
                return Optional.of(new FrontMatterBlock(yaml, 2, body, line + 1));
            }
            if (lineEnd < 0) {
                break;
            }
            lineStart = lineEnd + 1;
            line++;
        }
        throw new UnclosedFrontMatterException();
    }

    /** The opening {@code ---} has no closing {@code ---}. */
    public static final class UnclosedFrontMatterException extends Exception {
        private static final long serialVersionUID = 1L;

        UnclosedFrontMatterException() {
            super("front matter is not closed: add a line with '---' after the last 'key: value' line");
        }
    }
}
