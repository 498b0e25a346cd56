package org.qunbook.plugins.checklist;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;
import java.util.regex.Pattern;

/**
 * Item ids are the first 8 hex digits of the SHA-256 of the item's normalised text. They do not
 * depend on position, so reordering items or editing other items keeps every saved tick;
 * editing an item's own text gives it a new id (its tick is reset, which is what the edit means).
 */
final class ItemIds {

    private static final Pattern WHITESPACE = Pattern.compile("[\\s\\u00a0]+");

    private ItemIds() {
    }

    /** NFKC, whitespace runs collapsed to one space, trimmed — what a reader sees as "the same text". */
    static String normalise(String text) {
        return WHITESPACE.matcher(Normalizer.normalize(text, Normalizer.Form.NFKC)).replaceAll(" ").strip();
    }

    static String of(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(normalise(text).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 4);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
