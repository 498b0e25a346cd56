package org.qunbook.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.logging.SystemStreamLog;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.qunbook.testing.TestSite;

/**
 * The goals run in-process, as Maven runs them but without Maven: parameters set as Maven would set
 * their defaults, the log recorded. The real Maven runs are the integration tests in {@code src/it}.
 */
class QunbookMojoTest {

    private static final String SITE = """
            -- content/qunbook.yml --
            title: 插件测试
            types:
              glossary:
                folder: glossary
                required: [summary, term]
                fields:
                  term: { type: string }
            plugins:
              - name: glossary
            -- content/glossary/siyu.md --
            ---
            title: 私域
            term: 私域
            summary: 品牌自己拥有、可反复触达的用户关系。
            ---
            -- content/guide.md --
            ---
            title: 指南
            ---
            做好私域，先看[术语](glossary/siyu.md)。
            """;

    @TempDir
    Path project;

    private final RecordingLog log = new RecordingLog();

    @Test
    void buildWritesTheSiteWithTheBundledThemeAndPlugins() throws Exception {
        TestSite.write(project, SITE);

        build().execute();

        Path index = project.resolve("target/qunbook/guide/index.html");
        assertThat(Files.readString(index, StandardCharsets.UTF_8))
                .contains("glossary-term")                       // the glossary plugin ran
                .contains("assets/css/");                        // the default theme rendered it
        assertThat(log.lines).anyMatch(line -> line.startsWith("[info] Search index: "))
                .anyMatch(line -> line.matches("\\[info] Built 3 pages in \\d+\\.\\d s → target/qunbook/"));
    }

    @Test
    void checkLogsProblemsAsErrorsAndFailsNamingTheCount() {
        TestSite.write(project, SITE).add("""
                -- content/broken.md --
                ---
                title: 坏链接
                ---
                见[不存在](missing.md)。
                """);

        assertThatThrownBy(check()::execute).isInstanceOf(MojoFailureException.class)
                .hasMessage("Check failed (1 error, 0 warnings)");
        assertThat(log.lines).containsExactly(
                "[error] content/broken.md:4:1: error: broken link 'missing.md': no such page: content/missing.md");
        assertThat(project.resolve("target")).doesNotExist();
    }

    @Test
    void problemsNameFilesFromWhereMavenRunsAndAMissingPluginSaysHowToAddIt() {
        TestSite.write(project, SITE.replace("plugins:\n", "plugins:\n  - related-pages\n"));
        CheckMojo check = check();
        check.executionRoot = project.resolve("content").toFile(); // mvn -f ../pom.xml from inside content/

        assertThatThrownBy(check::execute).isInstanceOf(MojoFailureException.class);

        assertThat(log.lines).anyMatch(line -> line.startsWith("[error] qunbook.yml:")
                && line.contains("plugin 'related-pages' not found")
                && line.endsWith("Add the plugin's jar with 'plugin_path:' in qunbook.yml (a jar or a folder of jars, "
                + "relative to the content folder) or a <dependency> on it inside the qunbook-maven-plugin's "
                + "<plugin> element in pom.xml"));
    }

    @Test
    void aFailedBuildLeavesTheOutputFolderAsItWas() throws Exception {
        TestSite site = TestSite.write(project, SITE);
        build().execute();
        site.add("""
                -- content/guide.md --
                ---
                title: 指南
                tittle: 拼错
                ---
                """);

        assertThatThrownBy(build()::execute).isInstanceOf(MojoFailureException.class)
                .hasMessage("Build failed (1 error, 0 warnings); target/qunbook/ was left as it was");
        assertThat(project.resolve("target/qunbook/guide/index.html")).exists();
        assertThat(log.lines).anyMatch(line -> line.startsWith("[error] content/guide.md:3:1: error: unknown front matter key 'tittle'"));
    }

    @Test
    void warningsAreLoggedAsWarningsAndFailTheGoalOnlyWhenStrict() throws Exception {
        TestSite.write(project, SITE).add("""
                -- content/guide.md --
                ---
                title: 指南
                ---
                没有术语。
                """);
        check().execute();
        assertThat(log.lines).contains("[warn] content/glossary/siyu.md:3:1: warning: term '私域' is not used on any page")
                .anyMatch(line -> line.matches("\\[info] Checked 3 pages in \\d+\\.\\d s \\(0 errors, 1 warning\\)"));

        CheckMojo strict = check();
        strict.strict = true;
        assertThatThrownBy(strict::execute).isInstanceOf(MojoFailureException.class)
                .hasMessage("Check failed (0 errors, 1 warning) (qunbook.strict: warnings fail the build)");
    }

    private static final String REVIEWED = """
            -- content/qunbook.yml --
            title: 审阅测试
            review: { every: 90d }
            -- content/guide.md --
            ---
            title: 指南
            owner: 社群负责人
            reviewed: 2026-06-01
            ---
            内容。
            """;

    @Test
    void checkWarnsAboutOverdueReviewsLikeTheCliAndStrictDoesNotFailOnThemAlone() throws Exception {
        TestSite.write(project, REVIEWED);
        CheckMojo check = check();
        check.today = "2026-09-09";
        check.strict = true;

        check.execute();

        assertThat(log.lines).contains("[warn] content/guide.md:4:1: warning: review overdue by 10 days "
                + "(reviewed 2026-06-01, every 90 days; owner 社群负责人)");
    }

    @Test
    void overdueReviewsFailAStrictCheckWithFailOnOverdueOrReviewStrict() {
        TestSite site = TestSite.write(project, REVIEWED);
        CheckMojo flagged = check();
        flagged.today = "2026-09-09";
        flagged.strict = true;
        flagged.failOnOverdue = true;
        assertThatThrownBy(flagged::execute).isInstanceOf(MojoFailureException.class)
                .hasMessage("Check failed (0 errors, 1 warning) (qunbook.strict: warnings fail the build)");

        site.add("""
                -- content/qunbook.yml --
                title: 审阅测试
                review: { every: 90d, strict: true }
                """);
        CheckMojo configured = check();
        configured.sourceDateEpoch = "1788912000"; // 2026-09-09 UTC
        configured.strict = true;
        assertThatThrownBy(configured::execute).isInstanceOf(MojoFailureException.class);
        assertThat(log.lines).filteredOn(l -> l.contains("review overdue by 10 days")).hasSize(2);
    }

    @Test
    void theDueDayIsNotOverdueAndABadTodaySaysHowToWriteIt() throws Exception {
        TestSite.write(project, REVIEWED);
        CheckMojo onTime = check();
        onTime.today = "2026-08-30";
        onTime.execute();
        assertThat(log.lines).noneMatch(l -> l.contains("overdue"));

        CheckMojo bad = check();
        bad.today = "30.08.2026";
        assertThatThrownBy(bad::execute).isInstanceOf(MojoFailureException.class).hasMessage(
                "qunbook: today (qunbook.today) must be a date written YYYY-MM-DD, e.g. 2026-06-01 (got '30.08.2026')");
    }

    @Test
    void aMissingContentFolderIsReportedLikeAnyOtherProblem() {
        BuildMojo mojo = build();
        mojo.source = project.resolve("docs").toFile();

        assertThatThrownBy(mojo::execute).isInstanceOf(MojoFailureException.class)
                .hasMessageStartingWith("Build failed (1 error, 0 warnings)");
        assertThat(log.lines).singleElement().asString().startsWith("[error] docs/qunbook.yml");
    }

    @Test
    void baseUrlOverridesTheConfigAndABlankOneIsIgnored() throws Exception {
        TestSite.write(project, SITE);
        BuildMojo blank = build();
        blank.baseUrl = " ";
        blank.execute();
        assertThat(project.resolve("target/qunbook/sitemap.xml")).doesNotExist();

        BuildMojo absolute = build();
        absolute.baseUrl = "https://handbook.example.org/docs";
        absolute.execute();
        assertThat(project.resolve("target/qunbook/sitemap.xml")).content(StandardCharsets.UTF_8)
                .contains("<loc>https://handbook.example.org/docs/guide/</loc>");
    }

    @Test
    void draftsAreBuiltOnlyWhenAskedFor() throws Exception {
        TestSite.write(project, SITE).add("""
                -- content/plan.md --
                ---
                title: 计划
                draft: true
                ---
                草稿。
                """);
        build().execute();
        assertThat(project.resolve("target/qunbook/plan/index.html")).doesNotExist();

        BuildMojo drafts = build();
        drafts.drafts = true;
        drafts.execute();
        assertThat(project.resolve("target/qunbook/plan/index.html")).content(StandardCharsets.UTF_8)
                .contains("badge-draft");
    }

    @Test
    void skipDoesNothing() throws Exception {
        BuildMojo mojo = build();
        mojo.source = project.resolve("nothing-here").toFile();
        mojo.skip = true;

        mojo.execute();

        assertThat(log.lines).containsExactly("[info] qunbook: skipped (qunbook.skip)");
        assertThat(project.resolve("target")).doesNotExist();
    }

    /** The goal with its parameters at their defaults for a project in {@link #project}. */
    private BuildMojo build() {
        BuildMojo mojo = defaults(new BuildMojo());
        mojo.output = project.resolve("target/qunbook").toFile();
        return mojo;
    }

    private CheckMojo check() {
        CheckMojo mojo = defaults(new CheckMojo());
        mojo.sourceDateEpoch = null; // the machine's environment must not decide the tests
        return mojo;
    }

    private <T extends QunbookMojo> T defaults(T mojo) {
        mojo.basedir = project.toFile();
        mojo.executionRoot = project.toFile(); // mvn run in the project's folder
        mojo.source = new File(project.toFile(), "content");
        mojo.setLog(log);
        return mojo;
    }

    /** Maven's console log, recording {@code [level] message} lines instead of printing them. */
    private static final class RecordingLog extends SystemStreamLog {
        final List<String> lines = new ArrayList<>();

        @Override
        public void debug(CharSequence content) {
        }

        @Override
        public void info(CharSequence content) {
            lines.add("[info] " + content);
        }

        @Override
        public void warn(CharSequence content) {
            lines.add("[warn] " + content);
        }

        @Override
        public void error(CharSequence content) {
            lines.add("[error] " + content);
        }
    }
}
