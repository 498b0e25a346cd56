package org.qunbook.cli.ci;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The CI configs qunbook ships ({@code .github/workflows/pages.yml}, {@code .gitlab-ci.yml}) do what
 * their forge needs to pass and publish; each rule is also shown failing on a config broken the way
 * a user's edit would break it.
 */
class CiConfigTest {

    static final String WORKFLOW = ".github/workflows/pages.yml";
    static final String GITLAB = ".gitlab-ci.yml";

    static Path repository() {
        String configured = System.getProperty("qunbook.repo");
        Path root = Path.of(configured == null || configured.isBlank() ? "../.." : configured).toAbsolutePath().normalize();
        if (!Files.isRegularFile(root.resolve(WORKFLOW))) {
            throw new IllegalStateException("cannot find " + WORKFLOW + " from " + root);
        }
        return root;
    }

    static String read(String file) throws IOException {
        return Files.readString(repository().resolve(file), StandardCharsets.UTF_8);
    }

    private static List<String> problems(String file, String text) {
        return CiConfigCheck.problems(file.equals(WORKFLOW) ? CiConfig.github(file, text) : CiConfig.gitlab(file, text));
    }

    /** The problems of the shipped file with {@code from} replaced by {@code to} (which must be there). */
    private static List<String> problemsAfter(String file, String from, String to) throws IOException {
        String text = read(file);
        assertThat(text).as("the edit this test makes to " + file).contains(from);
        return problems(file, text.replace(from, to));
    }

    @Test
    void theShippedGithubWorkflowPasses() throws IOException {
        assertThat(problems(WORKFLOW, read(WORKFLOW))).isEmpty();
    }

    @Test
    void theShippedGitlabConfigPasses() throws IOException {
        assertThat(problems(GITLAB, read(GITLAB))).isEmpty();
    }

    @Test
    void aWorkflowThatStopsCallingTheInstallScriptFails() throws IOException {
        assertThat(problemsAfter(WORKFLOW, "run: sudo -E env \"PATH=$PATH\" .ci/install-test-deps",
                "run: sudo apt-get install -y faketime"))
                .containsExactly(WORKFLOW + ": job 'build', step 'Run all tests': runs the tests (mvn -B -ntp verify) "
                        + "without calling .ci/install-test-deps before them: under CI=true a test that lacks a tool fails");
    }

    @Test
    void aWorkflowThatCallsTheInstallScriptAfterTheTestsFails() throws IOException {
        String text = read(WORKFLOW)
                .replace("run: sudo -E env \"PATH=$PATH\" .ci/install-test-deps", "run: echo later")
                .replace("run: ./qunbook check --strict", "run: sudo .ci/install-test-deps && ./qunbook check --strict");
        assertThat(text).contains("run: sudo .ci/install-test-deps && ./qunbook check --strict");
        assertThat(problems(WORKFLOW, text)).singleElement().asString()
                .contains("runs the tests (mvn -B -ntp verify) without calling .ci/install-test-deps before them");
    }

    @Test
    void aWorkflowUsingAFlagQunbookDoesNotHaveFails() throws IOException {
        assertThat(problemsAfter(WORKFLOW, "./qunbook check --strict", "./qunbook check --strict --annotations"))
                .singleElement().asString()
                .isEqualTo(WORKFLOW + ": job 'build', step 'Check the handbook (problems become annotations on the pull "
                        + "request)': './qunbook check --strict --annotations': qunbook refuses it: Unknown option: "
                        + "'--annotations'");
        assertThat(problemsAfter(WORKFLOW, "--base-url \"${{ steps.pages.outputs.base_url }}/\"",
                "--baseurl \"${{ steps.pages.outputs.base_url }}/\""))
                .singleElement().asString().contains("qunbook refuses it: Unknown options: '--baseurl'");
    }

    @Test
    void theWorkflowsPagesBuildMustWriteWhatThePagesArtifactUploads() throws IOException {
        assertThat(problemsAfter(WORKFLOW, "outputs.base_url }}/\" --output public", "outputs.base_url }}/\" --output site"))
                .containsExactly(WORKFLOW + ": job 'build', step 'actions/upload-pages-artifact@v3': uploads 'public' for "
                        + "Pages, but the ./qunbook build before it writes 'site' (--output)");
        // Without --output the build writes the CLI's default folder, which picocli's model says is public/.
        assertThat(problemsAfter(WORKFLOW, "outputs.base_url }}/\" --output public", "outputs.base_url }}/\"")).isEmpty();
        // Without a path, upload-pages-artifact uploads _site/.
        assertThat(problemsAfter(WORKFLOW, "upload-pages-artifact@v3\n        with:\n          path: public\n",
                "upload-pages-artifact@v3\n"))
                .singleElement().asString().contains("uploads '_site' for Pages, but the ./qunbook build before it writes 'public'");
    }

    @Test
    void theWorkflowsPagesBuildMustUseThePagesUrl() throws IOException {
        assertThat(problemsAfter(WORKFLOW, "\"${{ steps.pages.outputs.base_url }}/\"", "\"${{ github.server_url }}/\""))
                .singleElement().asString().contains("must run with --base-url \"${{steps.pages.outputs.base_url}}/\"");
        assertThat(problemsAfter(WORKFLOW, "--base-url \"${{ steps.pages.outputs.base_url }}/\" ", ""))
                .singleElement().asString().contains("must run with --base-url");
    }

    @Test
    void theWorkflowMustUploadAPreviewNamedAfterThePullRequest() throws IOException {
        assertThat(problemsAfter(WORKFLOW, "name: handbook-pr-${{ github.event.pull_request.number }}", "name: handbook"))
                .containsExactly(WORKFLOW + ": no pull-request preview: an actions/upload-artifact step of the built site "
                        + "named after github.event.pull_request.number");
        assertThat(problemsAfter(WORKFLOW, "run: ./qunbook build --strict --output public",
                "run: ./qunbook build --strict --output preview"))
                .singleElement().asString().contains("uploads 'public' as the pull request's preview, but the ./qunbook "
                        + "build before it writes 'preview'");
    }

    @Test
    void aGitlabJobThatStopsCallingTheInstallScriptFails() throws IOException {
        assertThat(problemsAfter(GITLAB, "    - .ci/install-test-deps ", "    - apt-get install -y faketime "))
                .containsExactly(GITLAB + ": job 'test', script line 'mvn -B -ntp verify': runs the tests (mvn -B -ntp "
                        + "verify) without calling .ci/install-test-deps before them: under CI=true a test that lacks a "
                        + "tool fails");
    }

    @Test
    void aGitlabJobUsingAFlagQunbookDoesNotHaveFails() throws IOException {
        assertThat(problemsAfter(GITLAB, "./qunbook build --strict --base-url", "./qunbook build --strickt --base-url"))
                .singleElement().asString().startsWith(GITLAB + ": job 'pages', script line './qunbook build --strickt")
                .endsWith("qunbook refuses it: Unknown option: '--strickt'");
        assertThat(problemsAfter(GITLAB, "./qunbook build --strict --base-url \"$CI_PAGES_URL/\" --output public",
                "java -jar generator/cli/target/qunbook.jar biuld --strict"))
                .hasSize(2).anySatisfy(p -> assertThat(p).contains("qunbook refuses it: Unmatched arguments from index 0: "
                        + "'biuld'")).contains(GITLAB + ": job 'pages': runs no ./qunbook build");
    }

    @Test
    void theGitlabPagesJobMustBuildIntoPublicUnderThePagesUrl() throws IOException {
        assertThat(problemsAfter(GITLAB, "\"$CI_PAGES_URL/\" --output public", "\"$CI_PAGES_URL/\" --output site"))
                .containsExactly(
                        GITLAB + ": job 'pages': builds into 'site', but GitLab Pages publishes the folder 'public' "
                                + "(--output public)",
                        GITLAB + ": job 'pages': artifacts:paths [public] do not hold the built site 'site'");
        assertThat(problemsAfter(GITLAB, "\"$CI_PAGES_URL/\"", "\"https://example.org/\""))
                .containsExactly(GITLAB + ": job 'pages': the ./qunbook build must run with --base-url \"$CI_PAGES_URL/\" "
                        + "(the project's Pages URL), not 'https://example.org/'");
    }

    @Test
    void theGitlabPreviewMustExposeTheBuiltSite() throws IOException {
        assertThat(problemsAfter(GITLAB, "paths: [public/]", "paths: [./public]"))
                .containsExactly(GITLAB + ": job 'test': artifacts:paths lists the site as './public': with expose_as "
                        + "GitLab links a folder only when written 'public/' (trailing slash, no leading ./)");
        assertThat(problemsAfter(GITLAB, "    expose_as: \"handbook preview\"", ""))
                .containsExactly(GITLAB + ": no merge-request preview: no job exposes the built site (artifacts:expose_as)");
    }

    @Test
    void shellWordsSplitLikeAShell() {
        assertThat(ShellWords.commands("FOO=1 ./qunbook build \\\n  --base-url \"$URL/\" -o 'a b' # note\n"
                + "echo x && mvn -B verify; ls | wc -l"))
                .containsExactly(List.of("FOO=1", "./qunbook", "build", "--base-url", "$URL/", "-o", "a b"),
                        List.of("echo", "x"), List.of("mvn", "-B", "verify"), List.of("ls"), List.of("wc", "-l"));
    }
}
