package org.qunbook.upkeep;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.qunbook.api.Problem;
import org.qunbook.build.Build;
import org.qunbook.build.BuildOptions;
import org.qunbook.build.BuildResult;
import org.qunbook.testing.TestSite;

/** Owners and review dates, edit links, git authors, the review and recent-changes pages. */
class HandbookUpkeepTest {

    @TempDir
    Path dir;

    private static final String CONFIG = """
            -- content/qunbook.yml --
            title: 手册
            base_url: https://example.org/handbook/
            repo_url: https://github.com/org/handbook
            review:
              every: 6m
              page: true
              types:
                playbook: 90d
            types:
              playbook:
                folder: playbooks
            """;

    private static final String PAGES = """
            -- content/_index.md --
            ---
            title: 首页
            ---
            -- content/playbooks/_index.md --
            ---
            title: 打法
            ---
            -- content/playbooks/x.md --
            ---
            title: 巡群
            summary: 巡群
            owner: 社群负责人
            reviewed: 2026-06-01
            ---
            正文
            -- content/playbooks/y.md --
            ---
            title: 群规
            owner: 群主
            reviewed: 2026-06-01
            review_every: 1y
            ---
            -- content/playbooks/z.md --
            ---
            title: 无人认领
            ---
            """;

    @Test
    void aPageShowsOwnerReviewDatesAndItsEditLink() {
        TestSite site = TestSite.write(dir, CONFIG + PAGES).buildClean();
        Document x = site.page("playbooks/x/");
        assertThat(x.select(".upkeep-owner").text()).isEqualTo("负责人：社群负责人");
        assertThat(x.select(".upkeep-reviewed time").attr("datetime")).isEqualTo("2026-06-01");
        // the type's 90 days, not the site's 6 months
        assertThat(x.select(".upkeep-next time").attr("datetime")).isEqualTo("2026-08-30");
        assertThat(x.select(".upkeep-edit").attr("href"))
                .isEqualTo("https://github.com/org/handbook/edit/main/content/playbooks/x.md");
        assertThat(x.select(".upkeep-edit").text()).isEqualTo("编辑此页");
        // The notice carries the due date and stays hidden: only the browser knows today.
        Element notice = x.selectFirst(".review-notice");
        assertThat(notice.attr("data-review-due")).isEqualTo("2026-08-30");
        assertThat(notice.hasAttr("hidden")).isTrue();
        assertThat(notice.text()).startsWith("待审阅");
        // the page's own review_every wins over its type's
        assertThat(site.page("playbooks/y/").select(".upkeep-next time").attr("datetime")).isEqualTo("2027-06-01");
        // a page without owner or review date still links to its source, and has no notice
        assertThat(site.page("playbooks/z/").select(".review-notice")).isEmpty();
        assertThat(site.page("playbooks/z/").select(".upkeep-edit")).hasSize(1);
    }

    @Test
    void generatedPagesHaveNoEditLink() {
        TestSite site = TestSite.write(dir, CONFIG + PAGES).buildClean();
        for (String url : List.of("tags/", "review/")) {
            assertThat(site.page(url).select(".upkeep-edit, .page-upkeep")).as(url).isEmpty();
        }
        assertThat(site.page("").select(".upkeep-edit")).hasSize(1); // home is content/_index.md
    }

    @Test
    void editPathsFollowTheHostUnlessSet() {
        for (String[] host : new String[][] {
                {"https://gitlab.com/org/handbook", "", "https://gitlab.com/org/handbook/-/edit/main/content/playbooks/x.md"},
                {"https://gitea.example.org/org/handbook/", "", "https://gitea.example.org/org/handbook/_edit/main/content/playbooks/x.md"},
                {"https://github.com/org/handbook", "edit/trunk/docs/content/",
                        "https://github.com/org/handbook/edit/trunk/docs/content/playbooks/x.md"}}) {
            Path root = dir.resolve("site" + host[0].length() + host[1].length());
            String editPath = host[1].isEmpty() ? "" : "edit_path: " + host[1] + "\n";
            TestSite site = TestSite.write(root, "-- content/qunbook.yml --\ntitle: 手册\nrepo_url: " + host[0] + "\n"
                    + editPath + "types:\n  playbook:\n    folder: playbooks\n" + PAGES).buildClean();
            assertThat(site.page("playbooks/x/").select(".upkeep-edit").attr("href")).isEqualTo(host[2]);
        }
    }

    @Test
    void checkWarnsAboutOverduePagesOnTheGivenDay() {
        TestSite site = TestSite.write(dir, CONFIG + PAGES);
        BuildResult result = new Build(BuildOptions.builder(site.root().resolve("content"), site.output()).write(false).build())
                .checkReviewsOn(LocalDate.parse("2026-10-09")).run();
        assertThat(result.problems().stream().map(Problem::format)).containsExactly(
                "content/playbooks/x.md:5:1: warning: review overdue by 40 days (reviewed 2026-06-01, every 90 days; "
                        + "owner 社群负责人)");
        // the due day itself is not overdue
        BuildResult onTheDay = new Build(BuildOptions.builder(site.root().resolve("content"), site.output())
                .write(false).build()).checkReviewsOn(LocalDate.parse("2026-08-30")).run();
        assertThat(onTheDay.problems()).isEmpty();
        // a build never warns: it does not know what day it is
        assertThat(site.build().problems()).isEmpty();
    }

    @Test
    void badIntervalsAreErrorsWithTheirLine() {
        TestSite site = TestSite.write(dir, """
                -- content/qunbook.yml --
                title: 手册
                review:
                  every: 3 months
                  types:
                    playbok: 90d
                types:
                  playbook:
                    folder: playbooks
                -- content/a.md --
                ---
                title: 甲
                review_every: quarterly
                reviewed: 2026-13-01
                ---
                """);
        assertThat(site.buildExpectingErrors()).containsExactly(
                "content/qunbook.yml:3:1: error: '3 months' is not a review interval; write a number and a unit: "
                        + "90d (days), 2w (weeks), 6m (months) or 1y (years)",
                "content/qunbook.yml:5:1: error: review.types names 'playbok', which is not a type declared under 'types:'");
        Path config = site.root().resolve("content/qunbook.yml");
        site.add("-- content/qunbook.yml --\ntitle: 手册\n");
        assertThat(site.buildExpectingErrors()).containsExactly(
                "content/a.md:3:1: error: 'quarterly' is not a review interval; write a number and a unit: "
                        + "90d (days), 2w (weeks), 6m (months) or 1y (years)",
                "content/a.md:4:1: error: front matter key 'reviewed' must be a date (YYYY-MM-DD), got '2026-13-01'");
        assertThat(Files.exists(config)).isTrue();
    }

    @Test
    void editLinkSettingsAreCheckedWithTheirLine() {
        TestSite site = TestSite.write(dir, """
                -- content/qunbook.yml --
                title: 手册
                repo_url: github.com/org/handbook
                -- content/a.md --
                ---
                title: 甲
                ---
                """);
        assertThat(site.buildExpectingErrors()).containsExactly("content/qunbook.yml:2:1: error: repo_url must be "
                + "the repository's web address, e.g. https://github.com/org/handbook (got 'github.com/org/handbook')");
        site.add("-- content/qunbook.yml --\ntitle: 手册\nedit_path: edit/main/content/\n");
        assertThat(site.buildExpectingErrors()).containsExactly("content/qunbook.yml:2:1: error: edit_path needs "
                + "repo_url (the repository's web address) to make edit links");
    }

    @Test
    void theReviewPageListsEveryPageByOwner() {
        TestSite site = TestSite.write(dir, CONFIG + PAGES).buildClean();
        Document review = site.page("review/");
        assertThat(review.select("h1").text()).isEqualTo("页面审阅");
        assertThat(review.select("tbody tr").eachAttr("data-owner")).containsExactly("群主", "社群负责人", "", "", "");
        assertThat(review.select("tbody tr").eachAttr("data-title")).containsExactly("群规", "巡群", "打法", "首页",
                "无人认领");
        assertThat(review.select("tbody tr").get(1).attr("data-due")).isEqualTo("2026-08-30");
        assertThat(review.select("script[src$=review.js]")).hasSize(1);
        // without review.page there is no review page
        site.add(CONFIG.replace("  page: true\n", "") + PAGES).buildClean();
        assertThat(site.exists("review/index.html")).isFalse();
    }

    @Test
    void lastAuthorsAndRecentChangesComeFromGit() throws Exception {
        TestSite site = TestSite.write(dir, CONFIG + PAGES + """
                -- content/playbooks/w.md --
                ---
                title: 前言日期
                updated: 2026-01-05
                ---
                """);
        git("init", "-q");
        commit("张三", "2026-03-01T10:00:00+08:00", "第一版 & <初稿>", ".");
        Files.writeString(site.root().resolve("content/playbooks/x.md"),
                Files.readString(site.root().resolve("content/playbooks/x.md")) + "\n补充一段。\n");
        Files.writeString(site.root().resolve("content/old.md"), "---\ntitle: 旧页\n---\n");
        commit("李四", "2026-04-15T09:00:00+08:00", "巡群：补充", ".");
        git("rm", "-q", "content/old.md");
        commit("李四", "2026-04-16T09:00:00+08:00", "删掉旧页", ".");
        site.buildClean();

        Document x = site.page("playbooks/x/");
        assertThat(x.select(".upkeep-author").text()).isEqualTo("最后修改：李四");
        assertThat(x.select(".meta-updated time").attr("datetime")).isEqualTo("2026-04-15");
        assertThat(site.page("playbooks/y/").select(".upkeep-author").text()).isEqualTo("最后修改：张三");
        // front matter `updated` wins over git, so git's author is not shown beside it
        assertThat(site.page("playbooks/w/").select(".upkeep-author")).isEmpty();

        Document changes = site.page("changes/");
        assertThat(changes.select("h1").text()).isEqualTo("最近更新");
        assertThat(changes.select(".change-subject").eachText()).containsExactly("删掉旧页", "巡群：补充",
                "第一版 & <初稿>");
        assertThat(changes.select(".change-author").eachText()).containsExactly("李四", "李四", "张三");
        Element second = changes.select(".change").get(1);
        assertThat(second.select("time").attr("datetime")).isEqualTo("2026-04-15");
        assertThat(second.select(".change-files a").eachAttr("href")).containsExactly("../playbooks/x/");
        assertThat(second.select(".change-files code").eachText()).containsExactly("old.md");
        assertThat(site.page("").select(".footer-upkeep a").eachAttr("href")).containsExactly("changes/", "review/");

        String feed = site.read("changes/feed.xml");
        org.jsoup.nodes.Document atom = org.jsoup.Jsoup.parse(feed, "", org.jsoup.parser.Parser.xmlParser());
        assertThat(atom.select("entry > title").eachText()).containsExactly("删掉旧页", "巡群：补充", "第一版 & <初稿>");
        assertThat(atom.select("entry").get(1).select("link[rel=related]").attr("href"))
                .isEqualTo("https://example.org/handbook/playbooks/x/");
        assertThat(atom.select("entry").get(1).select("author > name").text()).isEqualTo("李四");
        assertThat(atom.select("feed > updated").text()).isEqualTo("2026-04-16T00:00:00Z");

        // the same checkout gives the same bytes
        byte[] page = Files.readAllBytes(site.output().resolve("changes/index.html"));
        site.buildClean();
        assertThat(Files.readAllBytes(site.output().resolve("changes/index.html"))).isEqualTo(page);
        assertThat(site.read("changes/feed.xml")).isEqualTo(feed);
    }

    @Test
    void withoutGitThereIsNoChangesPage() {
        TestSite site = TestSite.write(dir, CONFIG + PAGES).buildClean();
        assertThat(site.exists("changes/index.html")).isFalse();
        assertThat(site.page("").select(".footer-upkeep a").eachAttr("href")).containsExactly("review/");
    }

    private void commit(String author, String date, String message, String path) throws Exception {
        git("add", "-A", path);
        git("-c", "user.name=" + author, "-c", "user.email=a@example.org", "commit", "-q", "-m", message,
                "--date", date);
    }

    private void git(String... args) throws Exception {
        List<String> command = new java.util.ArrayList<>(List.of("git"));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile()).inheritIO();
        int dateArg = command.indexOf("--date");
        if (dateArg > 0) {
            builder.environment().put("GIT_COMMITTER_DATE", command.get(dateArg + 1));
        }
        assertThat(builder.start().waitFor()).isZero();
    }
}
