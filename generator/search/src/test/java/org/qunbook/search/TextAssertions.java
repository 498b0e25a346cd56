package org.qunbook.search;

import static org.junit.jupiter.api.Assertions.fail;

/** String equality with a short report: indexes are megabytes, too big for assertEquals' message. */
final class TextAssertions {
    private TextAssertions() {
    }

    static void assertSameText(String expected, String actual, String what) {
        if (expected.equals(actual)) {
            return;
        }
        int at = 0;
        int limit = Math.min(expected.length(), actual.length());
        while (at < limit && expected.charAt(at) == actual.charAt(at)) {
            at++;
        }
        fail(what + " differs at char " + at + " (lengths " + expected.length() + " vs " + actual.length() + ")"
                + "\n expected: …" + around(expected, at) + "…\n   actual: …" + around(actual, at) + "…");
    }

    private static String around(String text, int at) {
        return text.substring(Math.max(0, at - 80), Math.min(text.length(), at + 80));
    }
}
