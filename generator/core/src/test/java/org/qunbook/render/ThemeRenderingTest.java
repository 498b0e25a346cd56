package org.qunbook.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.qunbook.testing.TestSite;

/** What the default theme makes of a site: order, navigation, language, overrides. */
class ThemeRenderingTest {

    private static final String SITE = """
            -- content/_index.md --
            ---
            title: 首页
            ---
            -- content/b-section/_index.md --
            ---
            title: 乙部分
            weight: 2
            ---
            -- content/a-section/_index.md --
            ---
            title: 甲部分
            weight: 1
            ---
            -- content/a-section/zhong.md --
            ---
            title: 中间
            ---
            -- content/a-section/an.md --
            ---
            title: 按拼音在前
            ---
            -- content/a-section/first.md --
            ---
            title: 最后的标题
            weight: 1
            ---
            -- content/b-section/only.md --
            ---
            title: 唯一
            tags: ["标签"]
            ---
            """;

    @TempDir
    Path dir;

    @Test
    void ordersSectionsAndPagesByWeightThenPinyin() {
        Document home = TestSite.write(dir, TestSite.MINIMAL_CONFIG + SITE).buildClean().page("");
        assertThat(home.select("nav.sidebar a").eachText()).containsSubsequence("甲部分", "最后的标题", "按拼音在前",
                "中间", "乙部分", "唯一");
    }

    @Test
    void putsPagesOutsideSectionsFirstAndShowsALinkOnlySectionAsOneEntry() {
        Document page = TestSite.write(dir, TestSite.MINIMAL_CONFIG + """
                sidebar:
                  link_only: [b-section]
                """ + SITE + """
                -- content/start.md --
                ---
                title: 从这里开始
                ---
                """).buildClean().page("a-section/zhong/");
        assertThat(page.select("nav.sidebar .nav-top a").eachText()).containsExactly("首页", "从这里开始");
        assertThat(page.select("nav.sidebar a[href$=b-section/]").text()).isEqualTo("乙部分 1");
        assertThat(page.select("nav.sidebar a[href$=only/]")).isEmpty();
        assertThat(page.select("nav.sidebar .nav-section.is-current-section.is-open").attr("data-section"))
                .isEqualTo("a-section");
        assertThat(page.select("nav.sidebar .is-current-section .nav-section-toggle").attr("aria-controls"))
                .isEqualTo(page.select("nav.sidebar .is-current-section ul.nav-list").attr("id"));
    }

    @Test
    void foldsTraditionalTagsIntoOneTagPageAndWarnsOnATagUsedOnceWhenAsked() {
        TestSite site = TestSite.write(dir, TestSite.MINIMAL_CONFIG + """
                tags:
                  warn_single_use: true
                -- content/a.md --
                ---
                title: 甲
                tags: ["欢迎语", "独有"]
                ---
                -- content/b.md --
                ---
                title: 乙
                tags: ["歡迎語"]
                ---
                """);
        org.qunbook.build.BuildResult result = site.build();
        assertThat(TestSite.format(result.problems())).isEqualTo(
                "content/a.md:3:1: warning: tag '独有' is used by this page only: use a tag other pages share,"
                        + " or remove it (tags.warn_single_use in qunbook.yml)");
        assertThat(site.page("tags/").select("a[href*=tags]").eachText()).noneMatch(t -> t.contains("歡迎語"));
        assertThat(site.page("tags/欢迎语/").select("main a[href$=a/], main a[href$=b/]")).hasSize(2);
        assertThat(site.exists("tags/歡迎語/index.html")).isFalse();
        // Each page shows the tag as written, linking to the one tag page.
        assertThat(site.page("b/").select("a.tag").text()).isEqualTo("歡迎語");
        assertThat(site.page("b/").select("a.tag").attr("href")).isEqualTo("../tags/%E6%AC%A2%E8%BF%8E%E8%AF%AD/");
        // Off by default.
        site.add(TestSite.MINIMAL_CONFIG);
        assertThat(site.build().problems()).isEmpty();
    }

    @Test
    void aShareImageComesFromThePageElseTheSiteAndIsAbsoluteUnderAnAbsoluteBaseUrl() {
        TestSite site = TestSite.write(dir, TestSite.MINIMAL_CONFIG + """
                base_url: https://example.org/handbook/
                image: assets/img/share.png
                -- content/a.md --
                ---
                title: 甲
                ---
                -- content/b.md --
                ---
                title: 乙
                image: /cards/b.png
                ---
                -- content/c.md --
                ---
                title: 丙
                image: https://cdn.example.org/c.png
                ---
                """).buildClean();
        assertThat(site.page("a/").select("meta[property=og:image]").attr("content"))
                .isEqualTo("https://example.org/handbook/assets/img/share.png");
        assertThat(site.page("b/").select("meta[property=og:image]").attr("content"))
                .isEqualTo("https://example.org/handbook/cards/b.png");
        assertThat(site.page("c/").select("meta[property=og:image]").attr("content"))
                .isEqualTo("https://cdn.example.org/c.png");
        // A relative base_url: relative to the page; no image configured: no tag.
        site.add(TestSite.MINIMAL_CONFIG + "image: assets/img/share.png\n").buildClean();
        assertThat(site.page("a/").select("meta[property=og:image]").attr("content"))
                .isEqualTo("../assets/img/share.png");
        site.add(TestSite.MINIMAL_CONFIG).buildClean();
        assertThat(site.page("a/").select("meta[property=og:image]")).isEmpty();
    }

    @Test
    void aLargeSiteListsOnlyTheCurrentSectionAroundThePage() {
        StringBuilder files = new StringBuilder(TestSite.MINIMAL_CONFIG);
        for (String section : new String[] {"big", "small"}) {
            files.append("-- content/").append(section).append("/_index.md --\n---\ntitle: ")
                    .append(section).append("\n---\n");
        }
        for (int i = 0; i < 130; i++) {
            files.append(String.format("-- content/big/p%03d.md --%n---%ntitle: 页%03d%nweight: %d%n---%n", i, i, i));
        }
        files.append("-- content/small/one.md --\n---\ntitle: 小节页\n---\n");
        TestSite site = TestSite.write(dir, files.toString()).buildClean();

        Document middle = site.page("big/p080/");
        assertThat(middle.select("nav.sidebar .is-current-section .nav-list a.nav-link:not(.nav-more)"))
                .hasSize(SiteStructure.NAV_WINDOW);
        assertThat(middle.select("nav.sidebar .nav-list a[aria-current=page]").text()).isEqualTo("页080");
        assertThat(middle.select("nav.sidebar .is-current-section .nav-list a").first().text()).isEqualTo("页055");
        assertThat(middle.select("nav.sidebar a.nav-more").text()).isEqualTo("全部 130 篇");
        assertThat(middle.select("nav.sidebar a.nav-more").attr("href")).isEqualTo("../../big/");
        // Another section: its title and page count, not its pages.
        assertThat(middle.select("nav.sidebar a[href$=small/]").text()).isEqualTo("small 1");
        assertThat(middle.select("nav.sidebar a[href$=one/]")).isEmpty();

        Document last = site.page("big/p129/");
        assertThat(last.select("nav.sidebar .is-current-section .nav-list a.nav-link:not(.nav-more)").last().text())
                .isEqualTo("页129");
        assertThat(site.page("small/one/").select("nav.sidebar a.nav-link").eachText()).contains("小节页")
                .doesNotContain("页000");
    }

    @Test
    void linksPreviousAndNextWithinASectionAndShowsBreadcrumbs() {
        Document page = TestSite.write(dir, TestSite.MINIMAL_CONFIG + SITE).buildClean().page("a-section/an/");
        assertThat(page.select("a[rel=prev]").attr("href")).isEqualTo("../../a-section/first/");
        assertThat(page.select("a[rel=next]").attr("href")).isEqualTo("../../a-section/zhong/");
        assertThat(page.select("nav.breadcrumbs a").eachText()).containsExactly("首页", "甲部分");
        assertThat(page.select("html").attr("lang")).isEqualTo("zh-CN");
    }

    @Test
    void writesTagPages() {
        TestSite site = TestSite.write(dir, TestSite.MINIMAL_CONFIG + SITE).buildClean();
        assertThat(site.page("tags/").text()).contains("标签");
        assertThat(site.page("tags/标签/").select("main a").eachText()).contains("唯一");
    }

    @Test
    void speaksEnglishWhenConfigured() {
        Document page = TestSite.write(dir, "-- content/qunbook.yml --\ntitle: Handbook\nlanguage: en\n" + SITE)
                .buildClean().page("a-section/an/");
        assertThat(page.select("html").attr("lang")).isEqualTo("en");
        assertThat(page.select("nav.breadcrumbs a").eachText()).contains("Home");
    }

    @Test
    void siteFilesOverrideThemeAssetsAndStrings() {
        TestSite site = TestSite.write(dir, TestSite.MINIMAL_CONFIG + SITE + """
                -- content/_theme/assets/css/qunbook.css --
                body { color: rebeccapurple; }
                -- content/_theme/i18n/zh-CN.yml --
                nav:
                  home: 回到首页
                """).buildClean();
        assertThat(site.read("assets/css/qunbook.css").strip()).isEqualTo("body { color: rebeccapurple; }");
        assertThat(site.page("a-section/an/").select("nav.breadcrumbs a").eachText()).contains("回到首页");
    }

    @Test
    void pagesLoadNoScriptInlineAndNothingFromElsewhere() {
        Document page = TestSite.write(dir, TestSite.MINIMAL_CONFIG + SITE).buildClean().page("a-section/an/");
        assertThat(page.select("script:not([src])")).isEmpty();
        assertThat(page.select("[style]")).isEmpty();
        assertThat(page.select("*").stream().flatMap(e -> e.attributes().asList().stream())
                .filter(a -> a.getKey().startsWith("on"))).isEmpty();
        assertThat(page.select("[src], link[href]").eachAttr("abs:src")).allMatch(String::isEmpty);
        assertThat(page.select("script[src], link[href]").stream().map(e -> e.hasAttr("src") ? e.attr("src")
                : e.attr("href"))).noneMatch(u -> u.startsWith("http:") || u.startsWith("https:")
                || u.startsWith("//"));
    }
}
