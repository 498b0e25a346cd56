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

/** {@code ```chart} blocks: one golden SVG per type, the table form, and the writer's mistakes. */
class ChartBlockTest {

    private static final String CONFIG = """
            -- content/qunbook.yml --
            title: 站点
            plugins:
              - name: charts
            """;

    @TempDir
    Path dir;

    private TestSite site(String body) {
        return TestSite.write(dir, CONFIG + "-- content/a.md --\n---\ntitle: 图表页\n---\n" + body);
    }

    private Element figure(String body) {
        TestSite site = site(body).buildClean();
        Document page = site.page("a/");
        assertThat(page.select("pre")).as("the block is replaced").isEmpty();
        return page.selectFirst("figure.chart");
    }

    private List<String> problems(String body) {
        return site(body).buildExpectingErrors();
    }

    @Test
    void drawsABarChartWithSeveralSeries() {
        Element figure = figure("""
                正文。

                ```chart
                type: bar
                title: 各渠道新增
                unit: 人
                labels: [门店活码, 裂变海报, "公众号, 菜单"]
                series:
                  - name: 三月
                    values: [240, 120, 60]
                  - name: 四月
                    values: [260, 90, 75]
                ```
                """);
        GoldenFiles.assertMatches(GoldenFiles.resources("golden/bar.html"), figure.outerHtml());
        Element svg = figure.selectFirst("svg");
        assertThat(svg.attr("role")).isEqualTo("img");
        assertThat(svg.selectFirst("title").text()).isEqualTo("各渠道新增");
        assertThat(svg.selectFirst("desc").text())
                .isEqualTo("柱状图。三月：门店活码 240 人，裂变海报 120 人，公众号, 菜单 60 人；四月：门店活码 260 人，裂变海报 90 人，公众号, 菜单 75 人");
        assertThat(svg.select("rect.chart-bar")).hasSize(6);
        assertThat(figure.select("table.chart-table tbody tr")).hasSize(3);
        assertThat(figure.select("[style]")).as("no style attribute: strict CSP").isEmpty();
    }

    @Test
    void drawsALineChart() {
        Element figure = figure("""
                ```chart
                type: line
                title: 日活跃率（7 天平均）
                unit: "%"
                labels: [第 1 周, 第 2 周, 第 3 周, 第 4 周]
                values: [8.2, 7.5, 6.1, 4.8]
                ```
                """);
        GoldenFiles.assertMatches(GoldenFiles.resources("golden/line.html"), figure.outerHtml());
        assertThat(figure.select("polyline.chart-line")).hasSize(1);
        assertThat(figure.select("circle.chart-dot")).hasSize(4);
    }

    @Test
    void drawsAPieChart() {
        Element figure = figure("""
                ```chart
                type: pie
                title: 成员分层
                labels: [强意向, 意向, 弱意向]
                values: [30, 45, 25]
                ```
                """);
        GoldenFiles.assertMatches(GoldenFiles.resources("golden/pie.html"), figure.outerHtml());
        assertThat(figure.select("path.chart-slice")).hasSize(3);
        assertThat(figure.select(".chart-legend-text").eachText())
                .containsExactly("强意向 30（30%）", "意向 45（45%）", "弱意向 25（25%）");
    }

    @Test
    void drawsAFunnelWithTheShareOfTheStepBefore() {
        Element figure = figure("""
                ```chart
                type: funnel
                title: 周三拼团
                labels: [触达, 参与, 下单]
                values: [1300, 156, 98]
                ```
                """);
        GoldenFiles.assertMatches(GoldenFiles.resources("golden/funnel.html"), figure.outerHtml());
        assertThat(figure.select(".chart-value").eachText()).containsExactly("1300", "156（12%）", "98（62.8%）");
    }

    @Test
    void takesItsDataFromTheTableAfterTheBlockAndLeavesTheTableVisible() {
        TestSite site = site("""
                ```chart
                type: bar
                title: 渠道
                ```

                | 渠道 | 新增入群 | 30 天留存率 |
                |---|---|---|
                | 门店收银台活码 | 1,240 | 88% |
                | 裂变海报 | 300 人 | 41% |
                """).buildClean();
        Document page = site.page("a/");
        Element figure = page.selectFirst("figure.chart-bar");
        assertThat(figure.select("table")).as("the writer's table is the data table").isEmpty();
        assertThat(figure.nextElementSibling().tagName()).isEqualTo("table");
        assertThat(figure.selectFirst("desc").text())
                .isEqualTo("柱状图。新增入群：门店收银台活码 1240，裂变海报 300；30 天留存率：门店收银台活码 88，裂变海报 41");
        assertThat(figure.select(".chart-legend-text").eachText()).containsExactly("新增入群", "30 天留存率");
    }

    @Test
    void leavesOtherCodeBlocksAlone() {
        TestSite site = site("```yaml\ntype: bar\n```\n").buildClean();
        assertThat(site.page("a/").select("pre code.language-yaml")).hasSize(1);
        assertThat(site.page("a/").select("figure.chart")).isEmpty();
    }

    @Test
    void reportsMistakesAtTheirLines() {
        assertThat(problems("""
                正文。

                ```chart
                tpye: bar
                labels: [甲, 乙]
                values: [1, 2]
                ```
                """)).containsExactly(
                "content/a.md:6:1: error: the chart block has no 'type': one of bar, line, pie, funnel, quadrant, lifecycle",
                "content/a.md:7:1: error: unknown key 'tpye' in the chart block (did you mean 'type'?); "
                        + "keys: type, title, description, unit, labels, values, series");
    }

    @Test
    void reportsAnUnknownTypeAndBadNumbers() {
        assertThat(problems("""
                ```chart
                type: bars
                labels: [甲, 乙]
                values: [1, 两]
                ```

                ```chart
                type: pie
                labels: [甲, 乙, 丙]
                values: [10%, 2, 3]
                ```

                ```chart
                type: line
                labels: [甲, 乙, 丙]
                values: [1, 2]
                ```
                """)).containsExactly(
                "content/a.md:5:1: error: unknown chart type 'bars' (did you mean 'bar'?); one of bar, line, pie, funnel, quadrant, lifecycle",
                "content/a.md:7:1: error: '两' is not a number",
                "content/a.md:13:1: error: '10%' is not a number (write the number and set 'unit: %')",
                "content/a.md:19:1: error: 'values' has 2 numbers but 'labels' has 3: give one value per label");
    }

    @Test
    void reportsAMissingTableAndOneSeriesTooMany() {
        assertThat(problems("""
                ```chart
                type: bar
                title: 没有数据
                ```

                正文。

                ```chart
                type: funnel
                labels: [甲, 乙]
                series:
                  - name: 一
                    values: [3, 2]
                  - name: 二
                    values: [3, 1]
                ```

                ```chart
                type: pie
                ```

                | 项目 | 数量 |
                |---|---|
                | 甲 | 很多 |
                """)).containsExactly(
                "content/a.md:4:1: error: the chart block has no data: give 'labels' and 'values' (or 'series'), "
                        + "or put a Markdown table right after the block",
                "content/a.md:12:1: error: a funnel chart takes one series, this one has 2",
                "content/a.md:25:1: error: the table after the chart block has '很多' in column '数量', row '甲': "
                        + "every cell after the first column must be a number");
    }
}
