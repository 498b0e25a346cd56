package org.qunbook.plugins.charts;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.qunbook.testing.GoldenFiles;
import org.qunbook.testing.TestSite;

/** The quadrant and the lifecycle, drawn from the pages' front matter. */
class SiteDataChartsTest {

    private static final String CONFIG = """
            -- content/qunbook.yml --
            title: 站点
            types:
              group-type:
                folder: group-types
                fields:
                  classification: { type: string, values: [nature, purpose] }
                  intent: { type: string, values: [high, low] }
                  order_value: { type: string, values: [high, low] }
              script-template:
                folder: scripts
                fields:
                  stage: { type: string }
              playbook:
                folder: playbooks
                fields:
                  stage: { type: string }
            plugins:
              - name: charts
                options:
                  stages:
                    - { key: launch, label: 初建, goal: 把群炒热 }
                    - { key: churn, label: 流失, goal: 召回 }
            """;

    @TempDir
    Path dir;

    private static String groupType(String file, String title, String frontMatter) {
        return "-- content/group-types/" + file + ".md --\n---\ntitle: " + title + "\n" + frontMatter
                + "---\n引言。\n\n## 适合谁\n\n正文。\n";
    }

    private static final String FOUR_TYPES = groupType("vip", "VIP 群", "classification: purpose\nintent: high\norder_value: high\n")
            + groupType("cheap", "低价引流群", "classification: purpose\nintent: high\norder_value: low\n")
            + groupType("free", "免费福利群", "classification: purpose\nintent: low\norder_value: low\n")
            + groupType("seed", "内容种草群", "classification: purpose\nintent: low\norder_value: high\n")
            + groupType("brand", "品牌群", "classification: nature\n");

    @Test
    void placesGroupTypesOnTheQuadrantAndHighlightsThePagesOwnCell() {
        TestSite site = TestSite.write(dir, CONFIG + FOUR_TYPES
                + "-- content/group-types/_index.md --\n---\ntitle: 群类型\n---\n```chart\ntype: quadrant\n```\n")
                .buildClean();
        Element index = site.page("group-types/").selectFirst("figure.chart-quadrant");
        GoldenFiles.assertMatches(GoldenFiles.resources("golden/quadrant.html"), index.outerHtml());
        assertThat(index.select("a.chart-cell-link").eachAttr("href"))
                .containsExactly("../group-types/cheap/", "../group-types/vip/", "../group-types/free/", "../group-types/seed/");
        assertThat(index.select(".chart-cell-current")).isEmpty();

        Document vip = site.page("group-types/vip/");
        Element own = vip.selectFirst("figure.chart-quadrant");
        assertThat(own.nextElementSibling().tagName()).as("inserted before the first section").isEqualTo("h2");
        assertThat(own.select(".chart-cell-current .chart-cell-title").text()).isEqualTo("VIP 群");
        assertThat(own.select("a.chart-cell-link").eachAttr("href")).containsExactly("../../group-types/cheap/", "../../group-types/free/", "../../group-types/seed/");
        assertThat(site.page("group-types/brand/").select("figure.chart")).as("nature types are not placed").isEmpty();
    }

    @Test
    void reportsMissingAndConflictingFieldsNamingThePage() {
        List<String> problems = TestSite.write(dir, CONFIG
                + groupType("a", "甲", "classification: purpose\n")
                + groupType("b", "乙", "classification: purpose\nintent: high\n")
                + groupType("c", "丙", "classification: nature\norder_value: low\n")
                + groupType("d", "丁", "classification: purpose\nintent: high\norder_value: high\n")
                + groupType("e", "戊", "classification: purpose\nintent: high\norder_value: high\n"))
                .buildExpectingErrors();
        assertThat(problems).containsExactly(
                "content/group-types/a.md:3:1: error: content/group-types/a.md is a purpose-based group type but sets "
                        + "neither 'intent' nor 'order_value' (high or low): the quadrant cannot place it",
                "content/group-types/b.md:4:1: error: content/group-types/b.md sets 'intent' but not 'order_value': "
                        + "the quadrant needs both (high or low)",
                "content/group-types/c.md:4:1: error: content/group-types/c.md is classified by nature "
                        + "(classification: nature) but sets 'order_value': only purpose-based types sit on the "
                        + "intent × order-value quadrant; remove 'order_value' or set classification: purpose",
                "content/group-types/e.md:4:1: error: content/group-types/e.md claims the quadrant cell intent high × "
                        + "order_value high, which content/group-types/d.md already has: each cell names one group type");
    }

    @Test
    void drawsTheLifecycleWithThePagesDeclaringEachStage() {
        TestSite site = TestSite.write(dir, CONFIG
                + "-- content/scripts/welcome.md --\n---\ntitle: 欢迎语\nstage: launch\n---\n正文。\n"
                + "-- content/scripts/winback.md --\n---\ntitle: 召回话术\nstage: churn\n---\n正文。\n"
                + "-- content/playbooks/setup.md --\n---\ntitle: 搭建\nstage: launch\n---\n正文。\n"
                + "-- content/playbooks/lifecycle.md --\n---\ntitle: 生命周期\n---\n```chart\ntype: lifecycle\n```\n")
                .buildClean();
        Element figure = site.page("playbooks/lifecycle/").selectFirst("figure.chart-lifecycle");
        GoldenFiles.assertMatches(GoldenFiles.resources("golden/lifecycle.html"), figure.outerHtml());
        assertThat(figure.select(".chart-stage-name").eachText()).containsExactly("初建", "流失");
        assertThat(figure.select("#chart-1-launch a").eachText()).containsExactly("搭建", "欢迎语");
        assertThat(figure.select("#chart-1-launch a").eachAttr("href")).containsExactly("../../playbooks/setup/", "../../scripts/welcome/");
        assertThat(figure.select("svg a").eachAttr("href")).containsExactly("#chart-1-launch", "#chart-1-churn");
    }

    @Test
    void reportsAStageThatIsNotInTheLifecycle() {
        List<String> problems = TestSite.write(dir, CONFIG
                + "-- content/scripts/x.md --\n---\ntitle: 甲\nstage: mature\n---\n正文。\n").buildExpectingErrors();
        assertThat(problems).containsExactly("content/scripts/x.md:3:1: error: content/scripts/x.md: stage 'mature' is "
                + "not a lifecycle stage; the charts plugin's stages are launch, churn");
    }

    @Test
    void refusesDataOnASiteDrawnChart() {
        List<String> problems = TestSite.write(dir, CONFIG + FOUR_TYPES
                + "-- content/a.md --\n---\ntitle: 甲\n---\n```chart\ntype: quadrant\nvalues: [1]\n```\n")
                .buildExpectingErrors();
        assertThat(problems).containsExactly("content/a.md:6:1: error: a quadrant chart is drawn from the site's pages "
                + "and takes no 'values'");
    }
}
