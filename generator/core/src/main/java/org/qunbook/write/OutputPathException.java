package org.qunbook.write;

/** A file would be written outside the output folder, or over another file of the build. */
public final class OutputPathException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public OutputPathException(String message) {
        super(message);
    }
}
