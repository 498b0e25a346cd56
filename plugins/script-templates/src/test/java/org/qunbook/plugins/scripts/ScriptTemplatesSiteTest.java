package org.qunbook.plugins.scripts;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.qunbook.build.BuildResult;
import org.qunbook.testing.GoldenFiles;
import org.qunbook.testing.TestSite;

/** Template pages and the templates list through a real build of mini sites. */
class ScriptTemplatesSiteTest {

    static final String CONFIG = """
            -- content/qunbook.yml --
            title: 话术站点
            types:
              script-template:
                folder: scripts
                required: [scenario, variables]
                fields:
                  scenario: { type: string, values: [welcome, rules, flash-sale] }
                  tier: { type: string, values: [strong, intent, weak] }
                  stage: { type: string, values: [launch, growth, mature, silent, churn] }
                  variables: { type: objects }
            plugins:
              - name: script-templates
            """;

    static final String WELCOME = """
            -- content/scripts/welcome.md --
            ---
            title: 欢迎语
            summary: 新人进群时发。
            scenario: welcome
            tier: strong
            weight: 1
            variables:
              - name: 品牌名
                label: 品牌名称
                example: 小鹿优选
                required: true
              - name: 折扣
                label: 折扣
                default: 8折
                description: 写成“8折”
                required: false
            ---
            第一段，两种语气：

            ```script 正式版
            欢迎加入{{品牌名}}！
            全场{{ 折扣 }} 🎉
            ```

            ```script 亲切版
            哇～{{品牌名}}又来新朋友啦
            ```

            第二段：

            ```script
            {{品牌名}}提醒：{{折扣}}今晚结束
            ```

            ```
            普通代码 {{不是变量}}
            ```
            """;

    @TempDir
    Path dir;

    @Test
    void rendersVariantsAsOneScriptWithMarkedPlaceholders() {
        TestSite site = TestSite.write(dir, CONFIG + WELCOME).buildClean();
        Element content = site.page("scripts/welcome/").selectFirst("main .content, main article, main");
        Element form = content.selectFirst("form.script-form");
        List<Element> scripts = content.select("div.script");
        assertThat(scripts).hasSize(2);
        assertThat(scripts.get(0).select(".script-variant")).extracting(e -> e.attr("data-variant"))
                .containsExactly("正式版", "亲切版");
        assertThat(content.select("pre code").last().text()).isEqualTo("普通代码 {{不是变量}}");
        GoldenFiles.assertMatches(GoldenFiles.resources("golden/welcome.html"),
                form.outerHtml() + "\n" + scripts.get(0).outerHtml() + "\n" + scripts.get(1).outerHtml());
    }

    @Test
    void listsTemplatesOnTheSectionPageWithFilters() {
        TestSite site = TestSite.write(dir, CONFIG + WELCOME + """
                -- content/scripts/_index.md --
                ---
                title: 话术模板
                ---
                介绍。
                -- content/scripts/rules.md --
                ---
                title: 群规
                scenario: rules
                stage: launch
                variables:
                  - name: 群名
                    label: 群名称
                ---
                ```script
                欢迎来到{{群名}}
                ```
                """).buildClean();
        Element catalog = site.page("scripts/").selectFirst("section.script-catalog");
        GoldenFiles.assertMatches(GoldenFiles.resources("golden/catalog.html"), catalog.outerHtml());
    }

    @Test
    void reportsUndeclaredAndMalformedPlaceholdersAtTheirLine() {
        List<String> problems = TestSite.write(dir, CONFIG + """
                -- content/scripts/bad.md --
                ---
                title: 坏模板
                scenario: welcome
                variables:
                  - name: 品牌名
                    label: 品牌名称
                  - name: 截止时间
                    label: 截止时间
                ---
                正文。

                ```script 正式版
                欢迎加入{{品牌}}！
                {{品牌名}}福利 {{ 今晚 }}
                ```
                ```script 亲切版
                哇～{{品牌名
                {{}} 和 {{a b}}
                ```
                """).buildExpectingErrors();
        assertThat(problems).containsExactly(
                "content/scripts/bad.md:4:1: warning: variable '截止时间' is declared but no script uses it",
                "content/scripts/bad.md:13:1: error: placeholder '{{品牌}}' uses undeclared variable '品牌' "
                        + "(did you mean '品牌名'?)",
                "content/scripts/bad.md:14:1: error: placeholder '{{ 今晚 }}' uses undeclared variable '今晚'; "
                        + "declared: 品牌名, 截止时间",
                "content/scripts/bad.md:17:1: error: malformed placeholder '{{品牌名': no closing '}}'",
                "content/scripts/bad.md:18:1: error: malformed placeholder '{{a b}}': a variable name has no spaces "
                        + "or braces",
                "content/scripts/bad.md:18:1: error: malformed placeholder '{{}}': the name is empty");
    }

    @Test
    void reportsBadDeclarationsAtTheVariablesLine() {
        List<String> problems = TestSite.write(dir, CONFIG + """
                -- content/scripts/bad.md --
                ---
                title: 坏声明
                scenario: welcome
                variables:
                  - label: 没有名字
                  - name: 品牌名
                  - name: 折扣
                    lable: 折扣
                    required: 是
                  - name: 折扣
                    label: 又一个折扣
                ---
                ```script
                {{品牌名}} {{折扣}}
                ```
                """).buildExpectingErrors();
        assertThat(problems).containsExactly(
                "content/scripts/bad.md:4:1: error: 'required' of variable '折扣' under 'variables' must be true "
                        + "or false",
                "content/scripts/bad.md:4:1: error: unknown key 'lable' in variable '折扣' under 'variables' "
                        + "(did you mean 'label'?); keys: name, label, default, example, description, required",
                "content/scripts/bad.md:4:1: error: variable '品牌名' under 'variables' has no 'label'",
                "content/scripts/bad.md:4:1: error: variable '折扣' is declared twice under 'variables'",
                "content/scripts/bad.md:4:1: error: variable '折扣' under 'variables' has no 'label'",
                "content/scripts/bad.md:4:1: error: variable 1 under 'variables' has no 'name'");
    }

    @Test
    void leavesScriptBlocksOnOtherPagesAsPlainCode() {
        TestSite site = TestSite.write(dir, CONFIG + """
                -- content/notes.md --
                ---
                title: 笔记
                ---
                ```script 正式版
                {{随便}}
                ```
                """).buildClean();
        Element pre = site.page("notes/").selectFirst("pre");
        assertThat(pre.outerHtml()).isEqualTo("<pre><code class=\"language-script\">{{随便}}\n</code></pre>");
    }

    @Test
    void aTemplateWithoutScriptsIsAWarning() {
        BuildResult result = TestSite.write(dir, CONFIG + """
                -- content/scripts/empty.md --
                ---
                title: 空模板
                scenario: welcome
                variables:
                  - name: 品牌名
                    label: 品牌名称
                ---
                还没写话术。
                """).build();
        assertThat(TestSite.format(result.problems()))
                .isEqualTo("content/scripts/empty.md: warning: a script-template page has no ```script block");
    }

    @Test
    void writesUiStringsInTheSiteLanguage() {
        TestSite site = TestSite.write(dir, CONFIG.replace("title: 话术站点", "title: Scripts\nlanguage: en") + WELCOME)
                .buildClean();
        Element page = site.page("scripts/welcome/").body();
        assertThat(page.selectFirst(".script-form legend").text()).isEqualTo("Fill in the variables");
        assertThat(page.selectFirst(".script-reset").text()).isEqualTo("Reset to defaults");
        assertThat(page.selectFirst(".script-copy").text()).isEqualTo("Copy");
        assertThat(site.exists("assets/script-templates/script-templates.js")).isTrue();
        assertThat(site.exists("assets/script-templates/script-templates.css")).isTrue();
    }
}
