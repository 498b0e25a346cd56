package org.qunbook.load;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The date and author of each file's last commit, and the latest commits, read with one
 * {@code git log} over the whole content folder (one process, not one per page). Outside a git
 * checkout, or without git, there are none: a page's {@code updated} is then absent, never the
 * build time, so rebuilds are reproducible; the same checkout always gives the same history.
 */
public final class GitDates {

    /** How many of the latest commits {@link #recentCommits()} keeps. */
    public static final int RECENT_COMMITS = 30;

    private final Map<String, LocalDate> byPath;
    private final Map<String, String> authorByPath;
    private final List<GitCommit> recent;

    private GitDates(Map<String, LocalDate> byPath, Map<String, String> authorByPath, List<GitCommit> recent) {
        this.byPath = Map.copyOf(byPath);
        this.authorByPath = Map.copyOf(authorByPath);
        this.recent = List.copyOf(recent);
    }

    public static GitDates none() {
        return new GitDates(Map.of(), Map.of(), List.of());
    }

    /** The date of one file, if known. */
    static GitDates of(String relativePath, java.util.Optional<LocalDate> date) {
        return new GitDates(date.map(d -> Map.of(relativePath, d)).orElse(Map.of()), Map.of(), List.of());
    }

    /** Reads the dates of the files under {@code contentDir}, keyed by path relative to it. */
    public static GitDates read(Path contentDir) {
        Path dir = contentDir.toAbsolutePath().normalize();
        try {
            // One line per commit: NUL, hash, NUL, date, NUL, author, NUL, subject; then its files.
            Process git = new ProcessBuilder("git", "-c", "core.quotepath=off", "log",
                    "--format=%x00%H%x00%cs%x00%an%x00%s", "--name-only", "--relative", "--", ".")
                    .directory(dir.toFile()).redirectError(ProcessBuilder.Redirect.DISCARD).start();
            Map<String, LocalDate> dates = new HashMap<>();
            Map<String, String> authors = new HashMap<>();
            List<GitCommit> recent = new ArrayList<>();
            try (BufferedReader out = new BufferedReader(new InputStreamReader(git.getInputStream(),
                    StandardCharsets.UTF_8))) {
                String[] commit = null;
                LocalDate current = null;
                List<String> files = new ArrayList<>();
                for (String line; (line = out.readLine()) != null; ) {
                    if (line.startsWith("\0")) {
                        addRecent(recent, commit, current, files);
                        commit = line.substring(1).split("\0", 4);
                        current = commit.length == 4 ? parse(commit[1]) : null;
                        files = new ArrayList<>();
                    } else if (!line.isBlank() && current != null) {
                        String path = line.strip();
                        files.add(path);
                        // newest first: keep the first seen
                        if (dates.putIfAbsent(path, current) == null) {
                            authors.put(path, commit[2]);
                        }
                    }
                }
                addRecent(recent, commit, current, files);
            }
            if (!git.waitFor(30, TimeUnit.SECONDS) || git.exitValue() != 0) {
                git.destroy();
                return none();
            }
            return new GitDates(dates, authors, recent);
        } catch (IOException e) {
            return none();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return none();
        }
    }

    private static void addRecent(List<GitCommit> recent, String[] commit, LocalDate date, List<String> files) {
        if (commit != null && date != null && !files.isEmpty() && recent.size() < RECENT_COMMITS) {
            recent.add(new GitCommit(commit[0], date, commit[2], commit[3], files));
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

    /** The author of the last commit of {@code relativePath}, or null. */
    public String lastAuthor(String relativePath) {
        return authorByPath.get(relativePath);
    }

    /** The latest commits that changed files in the content folder, newest first. */
    public List<GitCommit> recentCommits() {
        return recent;
    }
}
