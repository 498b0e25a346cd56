package org.qunbook.load;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The date of each file's last commit, read with one {@code git log} over the whole content
 * folder (one process, not one per page). Outside a git checkout, or without git, there are no
 * dates: a page's {@code updated} is then absent, never the build time, so rebuilds are
 * reproducible.
 */
public final class GitDates {

    private final Map<String, LocalDate> byPath;

    private GitDates(Map<String, LocalDate> byPath) {
        this.byPath = Map.copyOf(byPath);
    }

    public static GitDates none() {
        return new GitDates(Map.of());
    }

    /** The date of one file, if known. */
    static GitDates of(String relativePath, java.util.Optional<LocalDate> date) {
        return new GitDates(date.map(d -> Map.of(relativePath, d)).orElse(Map.of()));
    }

    /** Reads the dates of the files under {@code contentDir}, keyed by path relative to it. */
    public static GitDates read(Path contentDir) {
        Path dir = contentDir.toAbsolutePath().normalize();
        try {
            Process git = new ProcessBuilder("git", "-c", "core.quotepath=off", "log", "--format=%x00%cs",
                    "--name-only", "--relative", "--", ".").directory(dir.toFile())
                    .redirectError(ProcessBuilder.Redirect.DISCARD).start();
            Map<String, LocalDate> dates = new HashMap<>();
            try (BufferedReader out = new BufferedReader(new InputStreamReader(git.getInputStream(),
                    StandardCharsets.UTF_8))) {
                LocalDate current = null;
                for (String line; (line = out.readLine()) != null; ) {
                    if (line.startsWith("\0")) {
                        current = parse(line.substring(1));
                    } else if (!line.isBlank() && current != null) {
                        dates.putIfAbsent(line.strip(), current);  // newest first: keep the first seen
                    }
                }
            }
            if (!git.waitFor(30, TimeUnit.SECONDS) || git.exitValue() != 0) {
                git.destroy();
                return none();
            }
            return new GitDates(dates);
        } catch (IOException e) {
            return none();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return none();
        }
    }

    private static LocalDate parse(String text) {
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** The last commit date of {@code relativePath} (relative to the content folder), or null. */
    public LocalDate lastCommit(String relativePath) {
        return byPath.get(relativePath);
    }
}
