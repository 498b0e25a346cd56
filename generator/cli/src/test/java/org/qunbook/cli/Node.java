package org.qunbook.cli;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/**
 * Runs node scripts for tests. Without node the test is skipped with a message, except under
 * {@code CI=true}, where it fails: CI must never pass without running the search in node.
 */
final class Node {

    private Node() {
    }

    static void require() {
        if (available()) {
            return;
        }
        String message = "node not found on PATH (run .ci/install-test-deps); skipping the search tests that run qunbook-search.js";
        if ("true".equals(System.getenv("CI"))) {
            fail(message.replace("skipping", "CI=true, so failing"));
        }
        System.err.println("SKIPPED: " + message);
        Assumptions.abort(message);
    }

    private static boolean available() {
        try {
            Process process = new ProcessBuilder("node", "--version").redirectErrorStream(true).start();
            process.getInputStream().readAllBytes();
            return process.waitFor(20, TimeUnit.SECONDS) && process.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** Runs {@code node script args...} and returns its standard output; fails on a non-zero exit. */
    static String run(Path script, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("node", script.toString()));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(120, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            fail("node " + script.getFileName() + " did not finish in 120 s");
        }
        if (process.exitValue() != 0) {
            fail("node " + script.getFileName() + " exited with " + process.exitValue());
        }
        return out;
    }
}
