package org.qunbook.search;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/**
 * Runs the module's node scripts. Without node or without node_modules (npm ci) the calling test is
 * skipped with a message on stderr, except on CI (env CI=true), where that is a failure.
 */
final class NodeRunner {
    private static final long TIMEOUT_MINUTES = 5;

    private NodeRunner() {
    }

    /** Skips (or, on CI, fails) the current test unless node and lunr are installed. */
    static void requireNodeAndLunr() {
        String missing = null;
        if (!nodeRuns()) {
            missing = "node is not on the PATH (run .ci/install-test-deps)";
        } else if (!Files.isRegularFile(TestResources.moduleDir().resolve("node_modules/lunr/package.json"))) {
            missing = "node_modules/lunr is missing (run npm ci in generator/search; npm comes with .ci/install-test-deps)";
        }
        if (missing == null) {
            return;
        }
        if ("true".equals(System.getenv("CI"))) {
            fail("CI=true and " + missing + ": the differential tests against lunr.js must run on CI");
        }
        System.err.println("SKIPPED differential tests against lunr.js: " + missing);
        Assumptions.abort(missing);
    }

    private static boolean nodeRuns() {
        try {
            Process process = new ProcessBuilder("node", "--version").redirectErrorStream(true).start();
            process.getInputStream().readAllBytes();
            return process.waitFor(30, TimeUnit.SECONDS) && process.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** Runs {@code node src/test/node/<script> args...} in the module directory; fails the test on a non-zero exit. */
    static void run(String script, List<String> args) throws IOException, InterruptedException {
        run(script, args, TIMEOUT_MINUTES);
    }

    /** {@link #run(String, List)} with its own time limit (a long comparison on a busy machine). */
    static void run(String script, List<String> args, long timeoutMinutes) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add("node");
        command.add("src/test/node/" + script);
        command.addAll(args);
        Path log = Files.createTempFile("qunbook-node-", ".log");
        try {
            Process process = new ProcessBuilder(command)
                    .directory(TestResources.moduleDir().toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(log.toFile())
                    .start();
            if (!process.waitFor(timeoutMinutes, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                fail(String.join(" ", command) + " did not finish in " + timeoutMinutes + " minutes");
            }
            if (process.exitValue() != 0) {
                fail(String.join(" ", command) + " exited with " + process.exitValue() + ":\n"
                        + Files.readString(log, StandardCharsets.UTF_8));
            }
        } finally {
            Files.deleteIfExists(log);
        }
    }
}
