package org.qunbook.api;

/** A plugin's options block does not fit its options type. */
public final class OptionsException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public OptionsException(String message) {
        super(message);
    }
}
