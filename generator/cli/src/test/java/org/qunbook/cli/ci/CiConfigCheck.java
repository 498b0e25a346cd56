package org.qunbook.cli.ci;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.qunbook.cli.ci.CiConfig.Job;
import org.qunbook.cli.ci.CiConfig.Step;
import picocli.CommandLine;

/**
 * What a CI config qunbook ships must do to pass on its forge, as problems a user can act on: call the
 * one install script before the test command, use only flags qunbook has, and build the site into
 * the folder, and under the base URL, that the forge's Pages publishing expects.
 */
final class CiConfigCheck {

    static final String INSTALL_SCRIPT = ".ci/install-test-deps";

    private final CiConfig config;
    private final List<String> problems = new ArrayList<>();

    private CiConfigCheck(CiConfig config) {
        this.config = config;
    }

    static List<String> problems(CiConfig config) {
        CiConfigCheck check = new CiConfigCheck(config);
        check.installBeforeTests();
        check.qunbookCommandLines();
        if (config.forge() == CiConfig.Forge.GITHUB) {
            check.githubPages();
            check.githubPreview();
        } else {
            check.gitlabPages();
            check.gitlabPreview();
        }
        return List.copyOf(check.problems);
    }

    private void problem(Job job, String where, String message) {
        problems.add(config.file() + ": job '" + job.name() + "'" + (where.isEmpty() ? "" : ", " + where) + ": " + message);
    }

    private void installBeforeTests() {
        boolean tested = false;
        for (Job job : config.jobs()) {
            boolean installed = false;
            for (Step step : job.steps()) {
                for (List<String> words : step.commands()) {
                    if (words.stream().anyMatch(w -> w.endsWith(INSTALL_SCRIPT))) {
                        installed = true;
                    }
                    if (isTestCommand(words)) {
                        tested = true;
                        if (!installed) {
                            problem(job, step.label(), "runs the tests (" + String.join(" ", words) + ") without calling "
                                    + INSTALL_SCRIPT + " before them: under CI=true a test that lacks a tool fails");
                        }
                    }
                }
            }
        }
        if (!tested) {
            problems.add(config.file() + ": no job runs the README's test command (mvn -B verify)");
        }
    }

    private static boolean isTestCommand(List<String> words) {
        return !words.isEmpty() && (words.get(0).equals("mvn") || words.get(0).endsWith("/mvnw"))
                && words.contains("verify");
    }

    private void qunbookCommandLines() {
        boolean checked = false;
        for (Job job : config.jobs()) {
            for (Step step : job.steps()) {
                for (List<String> words : step.commands()) {
                    Optional<List<String>> arguments = QunbookRun.arguments(words);
                    if (arguments.isEmpty()) {
                        continue;
                    }
                    checked |= arguments.get().contains("check");
                    try {
                        QunbookRun.parse(arguments.get());
                    } catch (CommandLine.ParameterException e) {
                        problem(job, step.label(), "'" + String.join(" ", words) + "': qunbook refuses it: " + e.getMessage());
                    }
                }
            }
        }
        if (!checked) {
            problems.add(config.file() + ": no job runs ./qunbook check (its problems are what a pull request shows)");
        }
    }

    /**
     * The last {@code qunbook build} of the job before step {@code end}. Empty also when that build's
     * command line is refused: that is reported once, by qunbookCommandLines, and the checks that
     * need the build's folder or URL then say nothing more about it.
     */
    private static Optional<QunbookRun> buildBefore(Job job, int end) {
        QunbookRun build = null;
        for (Step step : job.steps().subList(0, end)) {
            for (List<String> words : step.commands()) {
                Optional<List<String>> arguments = QunbookRun.arguments(words);
                if (arguments.isPresent() && arguments.get().contains("build")) {
                    try {
                        build = QunbookRun.parse(arguments.get());
                    } catch (CommandLine.ParameterException e) {
                        build = REFUSED;
                    }
                }
            }
        }
        return Optional.ofNullable(build);
    }

    private static final QunbookRun REFUSED = new QunbookRun("", Optional.empty(), Optional.empty());

    private void githubPages() {
        boolean published = false;
        for (Job job : config.jobs()) {
            for (int i = 0; i < job.steps().size(); i++) {
                Step upload = job.steps().get(i);
                if (!upload.uses().startsWith("actions/upload-pages-artifact@")) {
                    continue;
                }
                published = true;
                String path = QunbookRun.folder(upload.with().path("path").asText("_site/")); // the action's default
                Optional<QunbookRun> build = buildBefore(job, i);
                if (build.isPresent() && build.get() == REFUSED) {
                    continue;
                }
                if (build.isEmpty()) {
                    problem(job, upload.label(), "uploads '" + path + "' for Pages, but no ./qunbook build runs before it");
                    continue;
                }
                if (!build.get().output().orElse("").equals(path)) {
                    problem(job, upload.label(), "uploads '" + path + "' for Pages, but the ./qunbook build before it writes '"
                            + build.get().output().orElse("") + "' (--output)");
                }
                Optional<Step> configure = job.steps().subList(0, i).stream()
                        .filter(s -> s.uses().startsWith("actions/configure-pages@")).findFirst();
                if (configure.isEmpty() || configure.get().id().isEmpty()) {
                    problem(job, upload.label(), "no actions/configure-pages step with an id before the build: "
                            + "the site's base URL on Pages is unknown");
                    continue;
                }
                String pagesUrl = "${{steps." + configure.get().id() + ".outputs.base_url}}";
                String baseUrl = build.get().baseUrl().orElse("");
                if (!baseUrl.startsWith(pagesUrl)) {
                    problem(job, upload.label(), "the ./qunbook build before it must run with --base-url \"" + pagesUrl
                            + "/\" (the Pages URL that actions/configure-pages reports), not '" + baseUrl + "'");
                }
            }
        }
        if (!published) {
            problems.add(config.file() + ": no actions/upload-pages-artifact step: nothing would be published");
        }
    }

    private void githubPreview() {
        boolean previewed = false;
        for (Job job : config.jobs()) {
            for (int i = 0; i < job.steps().size(); i++) {
                Step upload = job.steps().get(i);
                if (!upload.uses().startsWith("actions/upload-artifact@")
                        || !upload.with().path("name").asText("").contains("github.event.pull_request.number")) {
                    continue;
                }
                previewed = true;
                String path = QunbookRun.folder(upload.with().path("path").asText(""));
                Optional<QunbookRun> build = buildBefore(job, i);
                if (build.isPresent() && build.get() == REFUSED) {
                    continue;
                }
                Optional<String> output = build.flatMap(QunbookRun::output);
                if (!output.orElse("").equals(path)) {
                    problem(job, upload.label(), "uploads '" + path + "' as the pull request's preview, but the ./qunbook "
                            + "build before it writes '" + output.orElse("(no build)") + "'");
                }
            }
        }
        if (!previewed) {
            problems.add(config.file() + ": no pull-request preview: an actions/upload-artifact step of the built site "
                    + "named after github.event.pull_request.number");
        }
    }

    private void gitlabPages() {
        Optional<Job> pages = config.jobs().stream().filter(j -> j.name().equals("pages")).findFirst();
        if (pages.isEmpty()) {
            problems.add(config.file() + ": no job named 'pages': nothing would be published to GitLab Pages");
            return;
        }
        Job job = pages.get();
        Optional<QunbookRun> build = buildBefore(job, job.steps().size());
        if (build.isPresent() && build.get() == REFUSED) {
            return;
        }
        if (build.isEmpty()) {
            problem(job, "", "runs no ./qunbook build");
            return;
        }
        String output = build.get().output().orElse("");
        if (!output.equals("public")) {
            problem(job, "", "builds into '" + output + "', but GitLab Pages publishes the folder 'public' (--output public)");
        }
        if (!artifactPaths(job).contains(output)) {
            problem(job, "", "artifacts:paths " + artifactPaths(job) + " do not hold the built site '" + output + "'");
        }
        String baseUrl = build.get().baseUrl().orElse("");
        if (!baseUrl.startsWith("$CI_PAGES_URL") && !baseUrl.startsWith("${CI_PAGES_URL}")) {
            problem(job, "", "the ./qunbook build must run with --base-url \"$CI_PAGES_URL/\" (the project's Pages URL), not '"
                    + baseUrl + "'");
        }
    }

    private void gitlabPreview() {
        boolean previewed = false;
        for (Job job : config.jobs()) {
            JsonNode artifacts = job.node().path("artifacts");
            if (!artifacts.has("expose_as")) {
                continue;
            }
            previewed = true;
            Optional<QunbookRun> build = buildBefore(job, job.steps().size());
            if (build.isPresent() && build.get() == REFUSED) {
                continue;
            }
            Optional<String> output = build.flatMap(QunbookRun::output);
            if (output.isEmpty()) {
                problem(job, "", "exposes artifacts as '" + artifacts.path("expose_as").asText() + "' but builds no site");
                continue;
            }
            boolean listed = false;
            for (JsonNode path : artifacts.path("paths")) {
                String text = path.asText();
                if (QunbookRun.folder(text).equals(output.get())) {
                    listed = true;
                    if (text.startsWith("./") || !text.endsWith("/")) {
                        problem(job, "", "artifacts:paths lists the site as '" + text + "': with expose_as GitLab links a "
                                + "folder only when written '" + output.get() + "/' (trailing slash, no leading ./)");
                    }
                }
            }
            if (!listed) {
                problem(job, "", "exposes artifacts " + artifactPaths(job) + " but the site it builds is '" + output.get() + "'");
            }
        }
        if (!previewed) {
            problems.add(config.file() + ": no merge-request preview: no job exposes the built site (artifacts:expose_as)");
        }
    }

    private static List<String> artifactPaths(Job job) {
        List<String> paths = new ArrayList<>();
        job.node().path("artifacts").path("paths").forEach(p -> paths.add(QunbookRun.folder(p.asText())));
        return paths;
    }
}
