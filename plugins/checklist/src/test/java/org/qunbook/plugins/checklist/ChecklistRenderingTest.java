package org.qunbook.plugins.checklist;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.qunbook.testing.GoldenFiles;
import org.qunbook.testing.TestSite;

/** Task lists become checklists: markup, ids, and the problems authors can make. */
class ChecklistRenderingTest {

    private static final String CONFIG = """
            -- content/qunbook.yml --
            title: 站点
            plugins:
              - name: checklist
            """;

    @TempDir
    Path dir;

    private TestSite site(String body) {
        return TestSite.write(dir, CONFIG + "-- content/a.md --\n---\ntitle: 清单页\n---\n" + body);
    }

    private static Element content(TestSite site) {
        return site.page("a/").selectFirst("main#content");
    }

    @Test
    void rendersHeadingAndContainerChecklistsAsGolden() {
        TestSite site = site("""
                ## 开群前

                - [ ] 写出**用户画像**
                - [x] 确定主目的
                - 不是任务的普通项

                ::: checklist 群规自查 {#rules}
                - [ ] 群规已置顶

                - [ ] 欢迎语包含群规要点
                  - [ ] 嵌套的子项不单独计数
                :::

                正文继续。
                """);
        site.buildClean();
        GoldenFiles.assertMatches(GoldenFiles.resources("golden/checklists.html"),
                site.page("a/").select("div.checklist").outerHtml());
        Document page = site.page("a/");
        assertThat(page.select("div.checklist").eachAttr("data-checklist-id")).containsExactly("开群前", "rules");
        assertThat(page.select("div.checklist").eachAttr("data-page")).containsExactly("a/", "a/");
        assertThat(page.select("[data-checklist-container]")).isEmpty();
        assertThat(page.select("p:contains(正文继续)")).hasSize(1);
        assertThat(page.select("div.checklist .checklist-count").eachText()).containsExactly("1 / 2", "0 / 2");
    }

    @Test
    void aPageWithoutHeadingHasOneChecklistNamedAfterThePage() {
        TestSite site = site("- [ ] 唯一一项\n").buildClean();
        Element checklist = content(site).selectFirst("div.checklist");
        assertThat(checklist.attr("data-checklist-id")).isEqualTo("checklist");
        assertThat(checklist.attr("data-title")).isEqualTo("清单页");
        assertThat(checklist.select("label").text()).isEqualTo("唯一一项");
        assertThat(checklist.selectFirst("input").hasAttr("disabled")).isTrue();
    }

    @Test
    void itemIdsSurviveReorderingAndOnlyAnEditedItemChangesItsId() {
        String list = "## 清单\n\n- [ ] 甲项\n- [ ] 乙项\n- [ ] 丙项\n";
        List<String> before = itemIds(site(list).buildClean());
        assertThat(before).hasSize(3).doesNotHaveDuplicates();

        List<String> reordered = itemIds(site("## 清单\n\n- [ ] 丙项\n- [ ] 甲项\n- [ ] 乙项\n").buildClean());
        assertThat(reordered).containsExactly(before.get(2), before.get(0), before.get(1));

        List<String> edited = itemIds(site("## 清单\n\n- [ ] 甲项\n- [ ] 乙项（改过）\n- [ ] 丙项\n").buildClean());
        assertThat(edited.get(0)).isEqualTo(before.get(0));
        assertThat(edited.get(1)).isNotEqualTo(before.get(1));
        assertThat(edited.get(2)).isEqualTo(before.get(2));

        List<String> spacing = itemIds(site("## 清单\n\n- [x] 甲项  \n- [ ]   乙项\n- [ ] 丙项\n").buildClean());
        assertThat(spacing).as("ticks and spacing are not part of an item's identity").isEqualTo(before);
    }

    @Test
    void itemIdIsAShortHashOfTheNormalisedText() {
        assertThat(ItemIds.of("写出  目标人群")).isEqualTo(ItemIds.of("写出 目标人群 ")).hasSize(8).matches("[0-9a-f]{8}");
        assertThat(ItemIds.of("甲")).isNotEqualTo(ItemIds.of("乙"));
    }

    private static List<String> itemIds(TestSite site) {
        return content(site).select("li.checklist-item").eachAttr("data-item-id");
    }

    @Test
    void reportsDuplicateChecklistIdsAtTheSecondList() {
        List<String> problems = site("""
                ## 清单

                - [ ] 甲

                一段话。

                - [ ] 乙
                """).buildExpectingErrors();
        assertThat(problems).containsExactly("content/a.md:10:1: error: duplicate checklist id '清单' (the checklist at "
                + "line 6 has it too): give each checklist its own heading or a '::: checklist {#id}' container");
    }

    @Test
    void reportsDuplicateContainerIds() {
        List<String> problems = site("""
                ::: checklist {#same}
                - [ ] 甲
                :::

                ::: checklist {#same}
                - [ ] 乙
                :::
                """).buildExpectingErrors();
        assertThat(problems).containsExactly("content/a.md:9:1: error: duplicate checklist id 'same' (the checklist at "
                + "line 5 has it too): give each checklist its own heading or a '::: checklist {#id}' container");
    }

    @Test
    void reportsDuplicateItemsAtTheirLine() {
        List<String> problems = site("## 清单\n\n- [ ] 同一项\n- [ ] 另一项\n- [ ]  同一项\n").buildExpectingErrors();
        assertThat(problems).containsExactly("content/a.md:8:1: error: duplicate item '同一项' in checklist '清单' "
                + "(also at line 6): items of a checklist need different text");
    }

    @Test
    void reportsContainersWithoutIdOrListOrEnd() {
        List<String> problems = site("""
                ::: checklist
                - [ ] 甲
                :::

                ::: checklist {#empty}
                只有文字。
                :::

                ::: checklist {#open}
                - [ ] 乙
                """).buildExpectingErrors();
        assertThat(problems).containsExactly(
                "content/a.md:4:1: error: checklist container has no id: write '::: checklist {#some-id}'",
                "content/a.md:8:1: error: checklist container holds no task list ('- [ ] item')",
                "content/a.md:12:1: error: checklist container is not closed: add a line ':::' after its list");
    }
}
