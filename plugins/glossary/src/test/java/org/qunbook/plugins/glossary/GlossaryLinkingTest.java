package org.qunbook.plugins.glossary;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.qunbook.build.BuildResult;
import org.qunbook.testing.GoldenFiles;
import org.qunbook.testing.TestSite;

/** How terms become links in page content: one golden file per rule. */
class GlossaryLinkingTest {

    @TempDir
    Path dir;

    private static Element prose(TestSite site, String url) {
        return site.page(url).selectFirst("div.prose");
    }

    /** Builds a site whose page {@code a.md} has {@code body} and compares its content to a golden file. */
    private TestSite assertGolden(String name, String options, String body) {
        TestSite site = GlossarySites.site(dir, options, "-- content/a.md --\n---\ntitle: 甲\n---\n" + body);
        buildWithoutErrors(site);
        GoldenFiles.assertMatches(GoldenFiles.resources("golden/" + name + ".html"), prose(site, "a/").html());
        return site;
    }

    /** Builds; terms the case does not use only warn, so only errors fail the test. */
    private static void buildWithoutErrors(TestSite site) {
        BuildResult result = site.build();
        assertThat(result.errors()).as(TestSite.format(result.problems())).isZero();
    }

    @Test
    void linksFromANestedPageResolveToTheTermPage() {
        TestSite site = GlossarySites.site(dir, "", "-- content/playbooks/x.md --\n---\ntitle: 乙\n---\n私域。\n");
        buildWithoutErrors(site);
        assertThat(prose(site, "playbooks/x/").selectFirst("a.glossary-term").attr("href"))
                .isEqualTo("../../glossary/siyu/");
    }

    @Test
    void longestMatchWins() {
        assertGolden("longest-match", "", "做私域流量，先懂私域。\n");
    }

    @Test
    void linksOnlyTheFirstOccurrenceByDefault() {
        assertGolden("first-only", "", "私域很重要。\n\n再说一次私域，还有私域。\n");
    }

    @Test
    void linksEveryOccurrenceWhenAsked() {
        assertGolden("every", "    options: { link: every }\n", "私域很重要。\n\n再说一次私域，还有私域。\n");
    }

    @Test
    void skipsHeadingsLinksCodePreLabelsAndMarkedElements() {
        assertGolden("skip-rules", "", """
                ## 私域的标题

                [私域链接](glossary/siyu.md) 和 `私域代码`

                <label><input type="checkbox"> 私域在复选框的标签里</label>

                ```
                私域在代码块里
                ```

                <div data-no-glossary><p>私域在标记的元素里，<em>私域</em>也不链接</p></div>

                最后这里的私域才链接。
                """);
    }

    @Test
    void foldsTraditionalToSimplified() {
        assertGolden("script-folding", "", "本月複購率提高了，私域流量也多了（見私域）。\n");
    }

    @Test
    void matchesLatinTermsCaseInsensitivelyOnWordBoundaries() {
        assertGolden("latin-boundaries", "", "KOLA 不是术语，Kol 是；ARPU值和1V1服务，1V10 不是。\n");
    }

    @Test
    void doesNotLinkATermSplitByInlineMarkup() {
        assertGolden("split-by-markup", "", "私域<em>流量</em>不链接（其中的两个字也不）。\n\n之后的私域才链接。\n");
    }

    @Test
    void doesNotLinkATermOnItsOwnPage() {
        TestSite site = GlossarySites.site(dir, "", "-- content/a.md --\n---\ntitle: 甲\n---\n私域流量和私域。\n");
        buildWithoutErrors(site);
        GoldenFiles.assertMatches(GoldenFiles.resources("golden/own-page.html"), prose(site, "glossary/siyu-liuliang/").html());
    }

    @Test
    void aLinkCarriesItsTooltip() {
        TestSite site = assertGolden("tooltip", "", "私域。\n");
        Element link = prose(site, "a/").selectFirst("a.glossary-term");
        Element tip = prose(site, "a/").getElementById(link.attr("aria-describedby"));
        assertThat(link.attr("href")).isEqualTo("../glossary/siyu/");
        assertThat(tip.attr("role")).isEqualTo("tooltip");
        assertThat(tip.hasAttr("hidden")).isTrue();
        assertThat(tip.text()).isEqualTo("品牌自己拥有、可反复触达的用户关系。");
    }

    @Test
    void aTermWithAutolinkFalseIsNotLinkedButStillHidesTheShorterTermsInIt() {
        // 群主 inside 社群主理人 stays hidden by 社群, as when 社群 was linked: opting out links nothing new.
        TestSite site = assertGolden("autolink-off", "", """
                社群主理人要懂社群，也要懂私域。
                -- content/glossary/shequn.md --
                ---
                title: 社群
                term: 社群
                aliases: ["community"]
                summary: 持续互动的用户群体。
                autolink: false
                ---
                社群不等于微信群，见私域。
                """);
        // The term keeps its page (which links other terms), its A–Z entry and its search entry.
        Element termPage = prose(site, "glossary/shequn/");
        assertThat(termPage.select("a.glossary-term").eachText()).containsExactly("私域");
        assertThat(termPage.select(".glossary-usage")).as("no list of the pages using it").isEmpty();
        assertThat(site.page("glossary/").select(".glossary-list dt").eachText()).contains("社群");
        assertThat(GlossarySites.searchFiles(site, "search/docs/")).contains("持续互动的用户群体");
        assertThat(GlossarySites.searchFiles(site, "search/shards/")).contains("community");
        // a term that is linked still lists its pages, the autolink: false term's page among them
        assertThat(prose(site, "glossary/siyu/").select(".glossary-usage a").eachText()).containsExactly("甲", "社群");
    }

    @Test
    void aTermIsNotLinkedInsideTheLongerWordsItsPageListsInNotIn() {
        assertGolden("not-in", "", """
                產品生命週期不归我们管，产品生命周期也不；社群的生命周期才是。
                -- content/glossary/shengming-zhouqi.md --
                ---
                title: 生命周期
                term: 生命周期
                aliases: ["生命週期"]
                summary: 社群从建立到流失的过程。
                not_in: ["产品生命周期"]
                ---
                """);
    }
}
