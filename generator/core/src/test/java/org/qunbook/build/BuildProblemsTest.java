package org.qunbook.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.qunbook.testing.TestSite;

/** Bad input gets a compiler-style message naming file, line and what to do. */
class BuildProblemsTest {

    private static final String CONFIG = """
            -- content/qunbook.yml --
            title: 测试站点
            types:
              playbook:
                folder: playbooks
                required: [summary]
                fields:
                  setup_step: { type: integer, values: [1, 2, 3, 4] }
            """;

    @TempDir
    Path dir;

    @Test
    void failsWithFileAndLineOnUnknownFrontMatterKey() {
        List<String> problems = TestSite.write(dir, CONFIG + """
                -- content/playbooks/x.md --
                ---
                tittle: 定位
                summary: 一句话
                ---
                正文
                """).buildExpectingErrors();
        assertThat(problems).containsExactly(
                "content/playbooks/x.md:1:1: error: missing required front matter key 'title' for a playbook page",
                "content/playbooks/x.md:2:1: error: unknown front matter key 'tittle' for a playbook page "
                        + "(did you mean 'title'?)");
    }

    @Test
    void aBrokenUiStringsOverrideIsReportedAtTheSitesFileNotTheThemes() {
        List<String> problems = TestSite.write(dir, CONFIG + """
                -- content/_theme/i18n/zh-CN.yml --
                search:
                  placeholder: "搜索手册"
                  placeholder: "再搜一次"
                """).buildExpectingErrors();
        assertThat(problems).singleElement().asString().startsWith("content/_theme/i18n/zh-CN.yml:3:");
    }

    @Test
    void aUiStringThatIsNotTextIsAnErrorAtItsLine() {
        List<String> problems = TestSite.write(dir, CONFIG + """
                -- content/_theme/i18n/zh-CN.yml --
                search:
                  placeholder: [搜索, 手册]
                """).buildExpectingErrors();
        assertThat(problems).containsExactly("content/_theme/i18n/zh-CN.yml:2:1: error: UI string "
                + "'search.placeholder' must be text (quote it)");
    }

    @Test
    void reportsWrongValueTypesAndValuesOutsideTheAllowedList() {
        List<String> problems = TestSite.write(dir, CONFIG + """
                -- content/playbooks/x.md --
                ---
                title: 定位
                summary: 一句话
                weight: heavy
                setup_step: 5
                tags: 建群
                ---
                正文
                """).buildExpectingErrors();
        assertThat(problems).containsExactly(
                "content/playbooks/x.md:4:1: error: front matter key 'weight' must be an integer, got 'heavy'",
                "content/playbooks/x.md:5:1: error: front matter key 'setup_step' must be one of 1, 2, 3, 4, got 5",
                "content/playbooks/x.md:6:1: error: front matter key 'tags' must be a list of strings, "
                        + "e.g. [\"a\", \"b\"], got '建群'");
    }

    @Test
    void readsFlowListsAsListsNotStrings() {
        TestSite site = TestSite.write(dir, TestSite.MINIMAL_CONFIG + """
                -- content/a.md --
                ---
                title: 页面
                tags: ["建群", "定位"]
                ---
                正文
                """).buildClean();
        assertThat(site.page("tags/建群/").text()).contains("页面");
        assertThat(site.page("tags/定位/").text()).contains("页面");
    }

    @Test
    void reportsInvalidYamlWithItsLine() {
        List<String> problems = TestSite.write(dir, TestSite.MINIMAL_CONFIG + """
                -- content/a.md --
                ---
                title: 页面
                summary: [未闭合
                ---
                正文
                """).buildExpectingErrors();
        assertThat(problems).containsExactly("content/a.md:3:14: error: invalid YAML: while parsing a flow "
                + "sequence: expected ',' or ']', but got <stream end>");
    }

    @Test
    void reportsMissingAndUnclosedFrontMatter() {
        List<String> problems = TestSite.write(dir, TestSite.MINIMAL_CONFIG + """
                -- content/a.md --
                没有 front matter 的页面
                -- content/b.md --
                ---
                title: 没有结尾
                """).buildExpectingErrors();
        assertThat(problems).containsExactly(
                "content/a.md:1:1: error: missing front matter: start the file with a '---' line, "
                        + "then 'title: ...', then another '---' line",
                "content/b.md:1:1: error: front matter is not closed: add a line with '---' after the last "
                        + "'key: value' line");
    }

    @Test
    void reportsDuplicateKeys() {
        List<String> problems = TestSite.write(dir, TestSite.MINIMAL_CONFIG + """
                -- content/a.md --
                ---
                title: 一
                title: 二
                ---
                """).buildExpectingErrors();
        assertThat(problems).containsExactly("content/a.md:3:1: error: duplicate key 'title'");
    }

    @Test
    void reportsBrokenLinksAndAnchorsWithTheirLine() {
        List<String> problems = TestSite.write(dir, TestSite.MINIMAL_CONFIG + """
                -- content/a.md --
                ---
                title: 甲
                ---
                第一段。

                见[乙](b.md#不存在的标题)和[丙](c.md)。
                -- content/b.md --
                ---
                title: 乙
                ---
                ## 存在的标题
                """).buildExpectingErrors();
        assertThat(problems).containsExactly(
                "content/a.md:6:1: error: broken anchor in link 'b.md#不存在的标题': no heading or element with id "
                        + "'不存在的标题' in content/b.md",
                "content/a.md:6:1: error: broken link 'c.md': no such page: content/c.md");
    }

    @Test
    void reportsTwoPagesWithOneUrlNamingBothFiles() {
        List<String> problems = TestSite.write(dir, TestSite.MINIMAL_CONFIG + """
                -- content/a.md --
                ---
                title: 甲
                slug: same
                ---
                -- content/same.md --
                ---
                title: 乙
                ---
                """).buildExpectingErrors();
        assertThat(problems).containsExactly("content/same.md:1:1: error: two pages map to the URL '/same/': "
                + "content/a.md and content/same.md; rename one file or set a different 'slug'");
    }

    @Test
    void refusesSlugsAndAliasesThatWouldWriteOutsideTheOutputFolder() {
        List<String> problems = TestSite.write(dir, TestSite.MINIMAL_CONFIG + """
                -- content/a.md --
                ---
                title: 甲
                slug: ../../escape
                ---
                -- content/b.md --
                ---
                title: 乙
                aliases: ["/ok/../../escape/"]
                ---
                """).buildExpectingErrors();
        assertThat(problems).containsExactly(
                "content/a.md:3:1: error: slug '../../escape' must be a single path segment without '/', '\\' "
                        + "or '..' (it would write outside its folder)",
                "content/b.md:3:1: error: alias '/ok/../../escape/' must be a single path segment without '/', "
                        + "'\\' or '..' (it would write outside its folder)");
        assertThat(dir.resolve("escape")).doesNotExist();
        assertThat(dir.getParent().resolve("escape")).doesNotExist();
    }

    @Test
    void reportsUnknownConfigKeysWithAHint() {
        List<String> problems = TestSite.write(dir, """
                -- content/qunbook.yml --
                title: 站点
                langauge: en
                types:
                  playbook:
                    folder: playbooks
                    feilds: {}
                """).buildExpectingErrors();
        assertThat(problems).containsExactly(
                "content/qunbook.yml:2:1: error: unknown key 'langauge' (did you mean 'language'?)",
                "content/qunbook.yml:6:1: error: unknown key 'feilds' (did you mean 'fields'?)");
    }

    @Test
    void reportsAPluginThatIsNotOnTheClassPathListingTheAvailableOnes() {
        List<String> problems = TestSite.write(dir, """
                -- content/qunbook.yml --
                title: 站点
                plugins:
                  - no-such-plugin
                """).buildExpectingErrors();
        assertThat(problems).hasSize(1);
        assertThat(problems.get(0)).startsWith("content/qunbook.yml:3:1: error: plugin 'no-such-plugin' not found; "
                + "available plugins: ").endsWith("; searched qunbook's own plugins (the plugin path is empty). "
                + "Add the plugin's jar with 'plugin_path:' in qunbook.yml (a jar or a folder of jars, relative to "
                + "the content folder)");
    }
}
