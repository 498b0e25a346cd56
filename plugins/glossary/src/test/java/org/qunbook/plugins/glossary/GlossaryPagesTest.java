package org.qunbook.plugins.glossary;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.qunbook.testing.GoldenFiles;
import org.qunbook.testing.TestSite;

/** The glossary index, the "used in" lists, and the options. */
class GlossaryPagesTest {

    @TempDir
    Path dir;

    private TestSite site(String options, String language) {
        TestSite site = GlossarySites.site(dir, options, """
                -- content/playbooks/x.md --
                ---
                title: 打法一
                ---
                私域流量靠引流，KOL带来新客。
                -- content/b.md --
                ---
                title: 乙页
                ---
                复购率和私域。
                """);
        if (!language.isEmpty()) {
            site.add(GlossarySites.CONFIG.replace("title: 术语测试", "title: 术语测试\nlanguage: " + language) + options);
        }
        site.build();
        return site;
    }

    @Test
    void theSectionPageListsEveryTermByPinyinInitialUnderAJumpBar() {
        Document index = site("", "").page("glossary/");
        GoldenFiles.assertMatches(GoldenFiles.resources("golden/index.html"),
                index.selectFirst("div.glossary-index").outerHtml());
        assertThat(index.select(".glossary-jump a").eachText()).containsExactly("A", "B", "F", "K", "L", "Q", "S",
                "X", "Y", "Z", "#");
        assertThat(index.select("#glossary-k dt").eachText()).containsExactly("KOL");
        assertThat(index.select("#glossary-num dt").eachText()).containsExactly("1V1");
        assertThat(index.select("#glossary-s dt").eachText()).containsExactly("私域", "私域流量");
    }

    @Test
    void topicsNamedOnTheSectionPageBecomeAFilterAndTheThemeDoesNotListTheTermsAgain() {
        TestSite site = site("", "");
        site.add("""
                -- content/glossary/_index.md --
                ---
                title: 术语表
                ---
                **流量**：[私域流量](siyu-liuliang.md)、[私域](siyu.md)

                **指标**：[复购率](fugoulv.md)、[ARPU](arpu.md)
                """);
        site.build();
        Document index = site.page("glossary/");
        assertThat(index.select(".glossary-topics button").eachText()).containsExactly("全部", "流量", "指标");
        assertThat(index.select(".glossary-topics").attr("aria-label")).isEqualTo("按主题筛选");
        assertThat(index.select("dt[data-topic=流量]").eachText()).containsExactly("私域", "私域流量");
        assertThat(index.select("dd[data-topic=指标]")).hasSize(2);
        assertThat(index.select("dt:not([data-topic])").eachText()).contains("KOL");
        // One listing: the A–Z index, not also the section's list of pages.
        assertThat(index.select(".section-pages")).isEmpty();
        assertThat(index.select("nav.toc a[href=#qb-section-pages]")).isEmpty();
    }

    @Test
    void eachTermPageListsThePagesUsingItInTheSiteLanguage() {
        Document page = site("", "").page("glossary/siyu/");
        assertThat(page.select(".glossary-usage h2").text()).isEqualTo("使用本术语的页面");
        assertThat(page.select(".glossary-usage a").eachText()).containsExactly("乙页");
        assertThat(page.select(".glossary-usage a").attr("href")).isEqualTo("../../b/");
        // 私域流量 on the playbook is the longer term, not a use of 私域.
        assertThat(site("", "").page("glossary/siyu-liuliang/").select(".glossary-usage a").eachText())
                .containsExactly("打法一");
        Document english = site("", "en").page("glossary/kol/");
        assertThat(english.select(".glossary-usage h2").text()).isEqualTo("Pages using this term");
    }

    @Test
    void searchFindsATermByItsAliases() {
        TestSite site = site("", "");
        // "repurchase" is only an alias of 复购率: no page text contains it.
        assertThat(GlossarySites.searchFiles(site, "search/shards/")).contains("repurchase");
        assertThat(GlossarySites.searchFiles(site, "search/texts/")).contains("私域是一种用户关系").doesNotContain("使用本术语的页面");
    }

    @Test
    void anotherFolderCanHoldTheTerms() {
        TestSite site = TestSite.write(dir, GlossarySites.CONFIG.replace("folder: glossary", "folder: terms")
                + "    options: { folder: terms }\n" + """
                -- content/terms/_index.md --
                ---
                title: 词汇
                ---
                -- content/terms/siyu.md --
                ---
                title: 私域
                term: 私域
                summary: 用户关系。
                ---
                -- content/a.md --
                ---
                title: 甲
                ---
                私域。
                """).buildClean();
        assertThat(site.page("a/").select("a.glossary-term").attr("href")).isEqualTo("../terms/siyu/");
        assertThat(site.page("terms/").select(".glossary-list dt").eachText()).containsExactly("私域");
    }

    @Test
    void anUnknownLinkModeIsAnError() {
        List<String> problems = new ArrayList<>(GlossarySites.site(dir, "    options: { link: some }\n", "")
                .buildExpectingErrors());
        assertThat(problems).hasSize(1);
        assertThat(problems.get(0)).startsWith("content/qunbook.yml:").contains("option 'link' must be 'first' or "
                + "'every', not 'some'");
    }
}
