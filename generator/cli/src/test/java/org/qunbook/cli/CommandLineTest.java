package org.qunbook.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.qunbook.testing.TestSite;
import picocli.CommandLine;

/** The CLI's output and exit codes, as a user sees them. */
class CommandLineTest {

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine cli = new CommandLine(new Main());
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        return cli.execute(args);
    }

    private void site(String extra) {
        TestSite.write(dir, TestSite.MINIMAL_CONFIG + """
                -- content/a.md --
                ---
                title: 甲
                ---
                正文。
                """ + extra);
    }

    @Test
    void buildEndsWithOneSummaryLine() {
        site("");
        int code = run("build", "--source", dir.resolve("content").toString(), "--output",
                dir.resolve("public").toString());
        assertThat(code).isZero();
        assertThat(out.toString().strip().lines().toList()).last().asString()
                .matches("Built 2 pages in \\d+\\.\\d s → .*public/");
        assertThat(err.toString()).isEmpty();
    }

    @Test
    void verboseListsEachStageWithItsWallCpuAndGcTime() {
        site("");
        assertThat(run("build", "-v", "-s", dir.resolve("content").toString(), "-o",
                dir.resolve("public").toString())).isZero();
        List<String> stages = out.toString().lines().filter(line -> line.startsWith("  ")).toList();
        assertThat(stages).extracting(line -> line.strip().split(" +")[0])
                .contains("config", "load", "parse", "transform", "render", "index");
        assertThat(stages).allMatch(line -> line.matches("  \\S.*? +\\d+ ms {3}CPU +\\d+ ms {3}GC +\\d+ ms"));
    }

    @Test
    void quietPrintsNothingOnSuccess() {
        site("");
        assertThat(run("build", "-q", "-s", dir.resolve("content").toString(), "-o",
                dir.resolve("public").toString())).isZero();
        assertThat(out.toString()).isEmpty();
    }

    @Test
    void userMistakesExitOneWithCompilerStyleLinesAndNoStackTrace() {
        site("""
                -- content/b.md --
                ---
                tittle: 乙
                ---
                """);
        int code = run("build", "-s", dir.resolve("content").toString(), "-o", dir.resolve("public").toString());
        assertThat(code).isEqualTo(1);
        assertThat(err.toString()).contains("content/b.md:2:1: error: unknown front matter key 'tittle' "
                + "(did you mean 'title'?)").contains("Build failed (2 errors, 0 warnings)")
                .doesNotContain("Exception").doesNotContain("\tat ");
        assertThat(Files.exists(dir.resolve("public"))).isFalse();
    }

    @Test
    void draftsAreBuiltAndMarkedOnlyWithDrafts() throws Exception {
        site("""
                -- content/b.md --
                ---
                title: 乙
                draft: true
                ---
                草稿。
                """);
        String source = dir.resolve("content").toString();
        assertThat(run("build", "-s", source, "-o", dir.resolve("public").toString())).isZero();
        assertThat(Files.exists(dir.resolve("public/b/index.html"))).isFalse();

        assertThat(run("build", "--drafts", "-s", source, "-o", dir.resolve("drafts").toString())).isZero();
        assertThat(out.toString().strip().lines().toList()).last().asString().startsWith("Built 3 pages");
        org.jsoup.nodes.Document draft = org.jsoup.Jsoup.parse(Files.readString(dir.resolve("drafts/b/index.html")));
        assertThat(draft.select(".badge-draft").text()).isEqualTo("草稿");
        assertThat(draft.select("meta[name=robots]").attr("content")).isEqualTo("noindex");
        // Hugo's short form; and the live-reload script stays serve's own.
        assertThat(run("build", "-D", "-s", source, "-o", dir.resolve("short").toString())).isZero();
        assertThat(Files.exists(dir.resolve("short/b/index.html"))).isTrue();
        assertThat(Files.readString(dir.resolve("short/b/index.html"))).doesNotContain("live-reload");
    }

    @Test
    void checkWithDraftsValidatesDraftsToo() {
        site("""
                -- content/b.md --
                ---
                title: 乙
                draft: true
                ---
                见[丙](c.md)。
                """);
        String source = dir.resolve("content").toString();
        assertThat(run("check", "-s", source)).isZero();
        assertThat(run("check", "--drafts", "-s", source)).isEqualTo(1);
        assertThat(err.toString()).contains("b.md:5:1: error: broken link 'c.md'");
    }

    @Test
    void checkValidatesWithoutWriting() {
        site("");
        assertThat(run("check", "-s", dir.resolve("content").toString())).isZero();
        assertThat(out.toString()).startsWith("Checked 2 pages in");
        assertThat(Files.exists(Path.of("public").resolve("a"))).isFalse();
    }

    @Test
    void checkWarnsAboutOverdueReviewsOnTheDayGiven() {
        site("""
                -- content/b.md --
                ---
                title: 乙
                owner: 社群负责人
                reviewed: 2026-06-01
                review_every: 90d
                ---
                """);
        String content = dir.resolve("content").toString();
        assertThat(run("check", "-q", "-s", content, "--today", "2026-08-30")).isZero();
        assertThat(err.toString()).isEmpty();
        assertThat(run("check", "-q", "-s", content, "--today", "2026-10-09")).isZero();
        assertThat(err.toString()).contains("content/b.md:4:1: warning: review overdue by 40 days "
                + "(reviewed 2026-06-01, every 90 days; owner 社群负责人)");
        // Time passing alone does not turn CI red: --strict reports overdue reviews but does not fail on them...
        assertThat(run("check", "-q", "--strict", "-s", content, "--today", "2026-10-09")).isZero();
        assertThat(err.toString()).contains("content/b.md:4:1: warning: review overdue by 40 days");
        // ...unless asked to, on the command line or in qunbook.yml.
        assertThat(run("check", "-q", "--strict", "--fail-on-overdue", "-s", content, "--today", "2026-10-09"))
                .isEqualTo(1);
        assertThat(err.toString()).contains("Check failed (0 errors, 1 warning)");
        assertThat(run("check", "-q", "--fail-on-overdue", "-s", content, "--today", "2026-10-09")).isZero();
        assertThat(run("check", "-s", content, "--today", "2026-10-9")).isEqualTo(2);
        assertThat(err.toString()).contains("--today must be a date written YYYY-MM-DD, e.g. 2026-06-01 "
                + "(got '2026-10-9')");
    }

    @Test
    void reviewStrictInTheConfigMakesOverdueReviewsFailAStrictCheck() throws Exception {
        site("""
                -- content/b.md --
                ---
                title: 乙
                reviewed: 2026-06-01
                review_every: 90d
                ---
                """);
        Path config = dir.resolve("content/qunbook.yml");
        Files.writeString(config, Files.readString(config).stripTrailing() + "\nreview: { strict: true }\n");
        String content = dir.resolve("content").toString();
        assertThat(run("check", "-q", "--strict", "-s", content, "--today", "2026-10-09")).isEqualTo(1);
        assertThat(err.toString()).contains("content/b.md:3:1: warning: review overdue by 40 days "
                + "(reviewed 2026-06-01, every 90 days)");
        assertThat(run("check", "-q", "--strict", "-s", content, "--today", "2026-08-30")).isZero();
    }

    @Test
    void invalidCommandLinesExitTwo() {
        assertThat(run("build", "--no-such-option")).isEqualTo(2);
        assertThat(err.toString()).contains("Unknown option: '--no-such-option'");
    }

    @Test
    void printsHelpAndVersion() {
        assertThat(run("--help")).isZero();
        assertThat(out.toString()).contains("build").contains("serve").contains("check");
        assertThat(run("--version")).isZero();
        assertThat(out.toString()).contains("qunbook ");
    }

    @Test
    void newCreatesAPageWithAPinyinFileNameAndNeverOverwrites() throws Exception {
        TestSite.write(dir, """
                -- content/qunbook.yml --
                title: 站点
                types:
                  playbook:
                    folder: playbooks
                    required: [summary]
                """);
        String content = dir.resolve("content").toString();
        assertThat(run("new", "playbook", "私域流量运营", "-s", content)).isZero();
        assertThat(run("new", "playbook", "私域流量运营", "-s", content)).isZero();
        assertThat(out.toString().lines().toList()).containsExactly(
                content + "/playbooks/si-yu-liu-liang-yun-ying.md", content + "/playbooks/si-yu-liu-liang-yun-ying-2.md");
        assertThat(Files.readString(dir.resolve("content/playbooks/si-yu-liu-liang-yun-ying.md"))).startsWith("""
                ---
                title: "私域流量运营"
                summary: ""
                tags: []
                owner: ""
                reviewed: 20""");
        assertThat(run("build", "-s", content, "-o", dir.resolve("public").toString())).isZero();
    }

    @Test
    void newNamesTheKnownTypesWhenTheTypeIsUnknown() {
        site("");
        assertThat(run("new", "playbok", "标题", "-s", dir.resolve("content").toString())).isEqualTo(1);
        assertThat(err.toString().strip()).isEqualTo("qunbook new: unknown type 'playbok'; " + dir.resolve("content")
                + "/qunbook.yml declares no types (add them under 'types:')");
    }

    @Test
    void checkPrintsJsonForTools() {
        site("""
                -- content/b.md --
                ---
                tittle: 乙
                ---
                """);
        assertThat(run("check", "--format", "json", "-s", dir.resolve("content").toString())).isEqualTo(1);
        // The site is outside the working directory: its files are named absolutely.
        assertThat(out.toString()).isEqualToIgnoringWhitespace("""
                {"errors": 2, "warnings": 0, "problems": [
                  {"file": "FILE", "line": 1, "column": 1, "severity": "error",
                   "message": "missing required front matter key 'title'"},
                  {"file": "FILE", "line": 2, "column": 1, "severity": "error",
                   "message": "unknown front matter key 'tittle' (did you mean 'title'?)"}]}
                """.replace("FILE", dir.resolve("content/b.md").toString()));
    }

    @Test
    void problemsNameFilesRelativeToTheWorkingDirectoryWhenUnderItAbsoluteOtherwise() throws Exception {
        Path under = Files.createTempDirectory(Files.createDirectories(Path.of("target")), "paths-");
        TestSite.write(under, TestSite.MINIMAL_CONFIG + "-- content/b.md --\n---\ntittle: 乙\n---\n");
        assertThat(run("check", "-s", under.resolve("content").toString())).isEqualTo(1);
        assertThat(err.toString()).contains("\n" + under.resolve("content/b.md") + ":2:1: error: unknown front matter key")
                .startsWith(under + "/content/b.md:1:1: error:");
        assertThat(under.toString()).startsWith("target/");

        site("-- content/b.md --\n---\ntittle: 乙\n---\n");
        err.getBuffer().setLength(0);
        assertThat(run("check", "-s", dir.resolve("content").toString())).isEqualTo(1);
        assertThat(err.toString()).startsWith(dir.resolve("content/b.md") + ":1:1: error:");
        assertThat(dir).isAbsolute();
    }

    @Test
    void formatsGithubAnnotationsWithEscapes() {
        var result = new org.qunbook.build.BuildResult(false, 0, 0, java.util.List.of(
                org.qunbook.api.Problem.error(new org.qunbook.api.SourcePosition("content/a,b.md", 3, 1), "bad: 50%"),
                org.qunbook.api.Problem.warning(null, "two\nlines")), java.time.Duration.ZERO, java.util.Map.of(),
                java.util.List.of());
        assertThat(ProblemFormats.githubAnnotations(result)).containsExactly(
                "::error file=content/a%2Cb.md,line=3,col=1::bad: 50%25", "::warning::two%0Alines");
    }
}
