package org.qunbook.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two builds of the same sources and git history, on "different machines at different times",
 * are byte-identical: each is a separate {@code qunbook build} process in its own clone (other
 * absolute path, other file modification times), with a different system clock (libfaketime),
 * time zone and JVM locale.
 */
class ReproducibleBuildTest {

    @TempDir
    Path dir;

    @Test
    void buildsOnTwoClocksAreByteIdentical() throws Exception {
        assumeFaketime();
        Path origin = dir.resolve("origin");
        copyTree(Repository.content(), origin.resolve("content"));
        git(origin, "init", "-q", "-b", "main");
        // Two commits on two dates, so pages get different "updated" dates from git.
        git(origin, "add", "content/playbooks");
        commit(origin, "2026-03-01T10:00:00+08:00", "playbooks");
        git(origin, "add", "content");
        commit(origin, "2026-04-15T23:30:00+08:00", "the rest");

        Path first = clone(origin, dir.resolve("machine-a/checkout"));
        Path second = clone(origin, dir.resolve("elsewhere/machine-b/work/handbook"));
        touchAll(second, Instant.parse("2001-09-09T01:46:40Z"));

        Path siteA = build(first, "2031-05-05 08:00:00", "America/Los_Angeles", "en", "US");
        Path siteB = build(second, "2027-12-31 23:59:59", "Asia/Shanghai", "zh", "CN");

        Map<String, byte[]> a = files(siteA);
        Map<String, byte[]> b = files(siteB);
        assertThat(a.keySet()).hasSizeGreaterThan(100).containsExactlyElementsOf(b.keySet());
        List<String> different = new ArrayList<>();
        a.forEach((path, bytes) -> {
            if (!java.util.Arrays.equals(bytes, b.get(path))) {
                different.add(path);
            }
        });
        assertThat(different).as("files that differ between the two builds").isEmpty();
        // The git dates made it into the pages, so the comparison covered them.
        assertThat(new String(a.get("playbooks/index.html"), java.nio.charset.StandardCharsets.UTF_8))
                .contains("2026-03-01");
    }

    @Test
    void theFakeClockReachesTheJvm() throws Exception {
        // Without this, the test above could pass because libfaketime silently did nothing.
        assumeFaketime();
        Process java = new ProcessBuilder(withClock("1999-12-31 12:00:00", "UTC",
                List.of(javaBin(), "-cp", System.getProperty("java.class.path"), PrintClock.class.getName())))
                .redirectErrorStream(true).start();
        String printed = new String(java.getInputStream().readAllBytes()).strip();
        assertThat(java.waitFor(2, TimeUnit.MINUTES)).isTrue();
        assertThat(printed).startsWith("1999-12-31T12:0");
    }

    /** Prints the JVM's idea of now. */
    public static final class PrintClock {
        public static void main(String[] args) {
            System.out.println(Instant.now());
        }
    }

    private Path build(Path checkout, String clock, String zone, String language, String country) throws Exception {
        Path output = checkout.resolveSibling("site");
        List<String> command = List.of(javaBin(), "-Duser.language=" + language, "-Duser.country=" + country,
                "-cp", System.getProperty("java.class.path"), Main.class.getName(), "build", "--quiet", "--strict",
                "-s", checkout.resolve("content").toString(), "-o", output.toString(),
                "--base-url", "https://example.org/handbook/");
        ProcessBuilder builder = new ProcessBuilder(withClock(clock, zone, command)).redirectErrorStream(true);
        builder.environment().remove("SOURCE_DATE_EPOCH");
        Process process = builder.start();
        String printed = new String(process.getInputStream().readAllBytes());
        if (!process.waitFor(5, TimeUnit.MINUTES) || process.exitValue() != 0) {
            fail("qunbook build failed in " + checkout + ":\n" + printed);
        }
        return output;
    }

    private static List<String> withClock(String clock, String zone, List<String> command) {
        // The two FAKETIME_ settings keep libfaketime from slowing the JVM down tenfold: only the
        // wall clock is faked, and its pthread_cond_timedwait workaround is off.
        List<String> all = new ArrayList<>(List.of("env", "TZ=" + zone, "FAKETIME_DONT_FAKE_MONOTONIC=1",
                "FAKETIME_FORCE_MONOTONIC_FIX=0", "faketime", clock));
        all.addAll(command);
        return all;
    }

    private static void assumeFaketime() {
        boolean available = Files.isExecutable(Path.of("/usr/bin/faketime"));
        if (!available && "true".equals(System.getenv("CI"))) {
            fail("faketime is not installed (run .ci/install-test-deps, which installs what the tests need); "
                    + "CI=true, so failing");
        }
        assumeTrue(available, "faketime is not installed (run .ci/install-test-deps): skipping");
    }

    private static String javaBin() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private static Path clone(Path origin, Path target) throws Exception {
        Files.createDirectories(target.getParent());
        git(target.getParent(), "clone", "-q", origin.toString(), target.getFileName().toString());
        return target;
    }

    private static void commit(Path repo, String date, String message) throws Exception {
        ProcessBuilder builder = new ProcessBuilder("git", "-c", "user.name=qunbook", "-c", "user.email=dev@qunbook.org",
                "commit", "-q", "-m", message).directory(repo.toFile()).redirectErrorStream(true);
        builder.environment().put("GIT_AUTHOR_DATE", date);
        builder.environment().put("GIT_COMMITTER_DATE", date);
        run(builder);
    }

    private static void git(Path dir, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of("git"));
        command.addAll(List.of(args));
        run(new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true));
    }

    private static void run(ProcessBuilder builder) throws Exception {
        Process process = builder.start();
        String printed = new String(process.getInputStream().readAllBytes());
        if (!process.waitFor(1, TimeUnit.MINUTES) || process.exitValue() != 0) {
            fail(String.join(" ", builder.command()) + " failed:\n" + printed);
        }
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                Path target = to.resolve(from.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(file, target);
                }
            }
        }
    }

    private static void touchAll(Path root, Instant time) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : (Iterable<Path>) files.filter(Files::isRegularFile)::iterator) {
                Files.setLastModifiedTime(file, FileTime.from(time));
            }
        }
    }

    private static Map<String, byte[]> files(Path site) throws IOException {
        Map<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(site)) {
            for (Path file : (Iterable<Path>) walk.filter(Files::isRegularFile)::iterator) {
                files.put(site.relativize(file).toString().replace('\\', '/'), Files.readAllBytes(file));
            }
        }
        return files;
    }
}
