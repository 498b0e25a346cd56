package org.qunbook.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * Golden-file comparison of HTML, normalised with jsoup (pretty-printed, so whitespace noise does
 * not matter but structure and text do). Run with {@code -Dgolden.update=true} to rewrite the
 * expected files; review the diff before committing.
 */
public final class GoldenFiles {

    private GoldenFiles() {
    }

    public static boolean updating() {
        return Boolean.parseBoolean(System.getProperty("golden.update", "false"));
    }

    /** Normalises an HTML fragment. */
    public static String normalize(String html) {
        Document document = Jsoup.parseBodyFragment(html);
        document.outputSettings().prettyPrint(true).indentAmount(2).outline(true);
        return document.body().html().strip() + "\n";
    }

    /** Asserts {@code actualHtml} matches the golden file (or rewrites it when updating). */
    public static void assertMatches(Path expectedFile, String actualHtml) {
        String actual = normalize(actualHtml);
        try {
            if (updating() || !Files.exists(expectedFile)) {
                Files.createDirectories(expectedFile.getParent());
                Files.writeString(expectedFile, actual, StandardCharsets.UTF_8);
                if (!updating()) {
                    throw new AssertionError("golden file was missing and has been written: " + expectedFile
                            + "; review it and run again");
                }
                return;
            }
            assertEquals(Files.readString(expectedFile, StandardCharsets.UTF_8), actual,
                    "rendered HTML differs from " + expectedFile + " (run with -Dgolden.update=true to accept)");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The source folder of test resources of the module running the test. */
    public static Path resources(String relative) {
        return Path.of("src/test/resources").resolve(relative);
    }
}
