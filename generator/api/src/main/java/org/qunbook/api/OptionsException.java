package org.qunbook.api;

/**
 * A plugin's options block does not fit its options type. The key says which option, so the
 * problem points at that option's line in {@code qunbook.yml} rather than at the plugin's entry.
 */
public final class OptionsException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String key;

    /** A problem with the options block as a whole (reported at the plugin's entry). */
    public OptionsException(String message) {
        this("", message);
    }

    /**
     * @param key the option the problem is about, as written in {@code qunbook.yml}
     *            ({@code first_only}; for a nested option, its top-level key); {@code ""} for the whole block
     */
    public OptionsException(String key, String message) {
        super(message);
        this.key = key == null ? "" : key;
    }

    /** The option the problem is about, {@code ""} when it is about the whole block. */
    public String key() {
        return key;
    }
}
