package org.qunbook.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.qunbook.testing.TestSite;

/** A page's {@code updated}: front matter, else its last commit, else nothing (never the clock). */
class GitDatesTest {

    @TempDir
    Path dir;

    @Test
    void takesUpdatedFromTheLastCommitUnlessFrontMatterSetsIt() throws Exception {
        TestSite site = TestSite.write(dir, TestSite.MINIMAL_CONFIG + """
                -- content/from-git.md --
                ---
                title: 来自提交
                ---
                -- content/from-front-matter.md --
                ---
                title: 来自前言
                updated: 2025-12-24
                ---
                """);
        git(dir, "init", "-q");
        git(dir, "add", ".");
        git(dir, "-c", "user.name=t", "-c", "user.email=t@example.org", "commit", "-q", "-m", "first");
        site.buildClean();
        assertThat(site.page("from-git/").select("time").eachAttr("datetime")).contains("2024-02-29");
        assertThat(site.page("from-front-matter/").select("time").eachAttr("datetime")).contains("2025-12-24");
    }

    @Test
    void hasNoDatesOutsideAGitCheckout() {
        assertThat(GitDates.read(dir).lastCommit("a.md")).isNull();
    }

    private static void git(Path dir, String... args) throws Exception {
        List<String> command = new java.util.ArrayList<>(List.of("git"));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile()).inheritIO();
        builder.environment().put("GIT_COMMITTER_DATE", "2024-02-29T12:00:00+00:00");
        builder.environment().put("GIT_AUTHOR_DATE", "2024-02-29T12:00:00+00:00");
        assertThat(builder.start().waitFor()).isZero();
    }
}
