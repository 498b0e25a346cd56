package org.qunbook.plugins.copyedit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.qunbook.api.Problem;
import org.qunbook.build.BuildOptions;
import org.qunbook.build.BuildResult;
import org.qunbook.testing.TestSite;

/** The plugin in a real build: exact positions in the Markdown file, what is never checked, options. */
class CopyeditSiteTest {

    static final String CONFIG = """
            -- content/qunbook.yml --
            title: 测试
            types:
              script-template: { folder: scripts, label: 话术 }
            plugins:
              - name: copyedit
            """;

    @TempDir
    Path dir;

    private List<String> problems(String files) {
        return TestSite.write(dir, files).build().problems().stream().map(Problem::format).toList();
    }

    @Test
    void findingsPointAtTheirLineAndColumnInTheFile() {
        assertThat(problems(CONFIG + """
                -- content/_copyedit/vocabulary.yml --
                常规爆款: [常规畅销品]
                -- content/a.md --
                ---
                title: 1V1指
                summary: 常规畅销品
                ---

                ## 什么是1V1

                **1V1**指一对一沟通，常规畅销品要单独讲!
                """)).containsExactly(
                "content/a.md:6:7: warning: a space between Chinese and Latin letters or digits: '什么是1V1' → '什么是 1V1' "
                        + "[space-word]",
                "content/a.md:8:15: warning: '常规畅销品' is a variant in the site's vocabulary: write '常规爆款' [vocabulary]",
                "content/a.md:8:24: warning: full-width punctuation in a Chinese sentence: '要单独讲!' → '要单独讲！' [fullwidth]");
    }

    @Test
    void codeUrlsLinksPlaceholdersAttributesAndDisabledLinesAreNeverChecked() {
        assertThat(problems(CONFIG + """
                -- content/a.md --
                ---
                title: 甲
                ---
                用`npm install`安装，见[文档](https://example.com/中文a/b?x=1 "标题1") 或 https://例子.com/a中b 或 <https://x.cn/中a>。
                变量{{名称1}}不动，<span title="中文abc" data-x="1中">标签</span>，标题{#id中1 .cls}不动，邮件 a1@b.cn 不动。
                用法&nbsp;说明[^n1]。

                ```text
                代码里的1V1不动，全网最低价
                ```

                    缩进代码1V1也不动

                - 列表里的1V1要改 <!-- copyedit-disable-line -->
                <!-- copyedit-disable -->
                这一段的1V1不查
                <!-- copyedit-enable -->
                <!-- copyedit-disable-next-line -->
                下一行的1V1也不查
                [n1]: https://example.com/1V1中
                [^n1]: 脚注
                """)).isEmpty();
    }

    @Test
    void crlfAndAByteOrderMarkKeepPositionsRight() throws Exception {
        TestSite site = TestSite.write(dir, CONFIG);
        Files.write(dir.resolve("content/a.md"), ("\uFEFF---\r\ntitle: 甲\r\n---\r\n\r\n正文\r\n这是1V1沟通\r\n")
                .getBytes(StandardCharsets.UTF_8));
        assertThat(site.build().problems()).extracting(Problem::format).containsExactly(
                "content/a.md:6:3: warning: a space between Chinese and Latin letters or digits: '这是1V1沟通' → "
                        + "'这是 1V1 沟通' [space-word]");
    }

    @Test
    void advertisingLawTermsAreErrorsInScriptTemplatesWithTheReasonInChinese() {
        List<String> problems = problems(CONFIG + """
                -- content/scripts/a.md --
                ---
                title: 秒杀
                ---
                不要写“全网最低价” <!-- copyedit-disable-line -->

                ```script
                {{品牌}}全网最低价，第一次下单送永久会员！
                ```
                -- content/b.md --
                ---
                title: 乙
                ---
                别的页面可以写全网最低价。
                """);
        assertThat(problems).containsExactly(
                "content/scripts/a.md:7:7: error: 广告法禁用语“全网最低”：" + AdLawTerms.ABSOLUTE
                        + "（引用示例可在行尾加 <!-- copyedit-disable-line -->）[ad-law]",
                "content/scripts/a.md:7:19: error: 广告法禁用语“永久”：" + AdLawTerms.GUARANTEE
                        + "（引用示例可在行尾加 <!-- copyedit-disable-line -->）[ad-law]");
    }

    @Test
    void scopeCopyChecksOnlyTheCopyFencesAndTheTermListCanBeReplaced() {
        List<String> problems = problems("""
                -- content/qunbook.yml --
                title: 测试
                types:
                  script-template: { folder: scripts, label: 话术 }
                  note: { folder: notes, label: 笔记 }
                plugins:
                  - name: copyedit
                    options: { ad_law: { types: [note], scope: copy, terms: [秒杀全网], replace_default_terms: true } }
                -- content/notes/a.md --
                ---
                title: 甲
                ---
                说明里写秒杀全网不查。

                ```script
                秒杀全网，全网最低价
                ```
                -- content/scripts/b.md --
                ---
                title: 乙
                ---
                ```script
                秒杀全网
                ```
                """);
        assertThat(problems).hasSize(1).first().asString().startsWith("content/notes/a.md:7:1: error: 广告法禁用语“秒杀全网”");
    }

    @Test
    void eachRuleCanBeOffAWarningOrAnError() {
        assertThat(problems(CONFIG.replace("  - name: copyedit", """
                  - name: copyedit
                    options: { rules: { space-word: off, fullwidth: error }, range_mark: "-" }
                """) + """
                -- content/a.md --
                ---
                title: 甲
                ---
                这是1V1沟通,每周2～3次
                """)).containsExactly(
                "content/a.md:4:8: error: full-width punctuation in a Chinese sentence: 'V1沟通,每周2-' → 'V1沟通，每周2-' "
                        + "[fullwidth]",
                "content/a.md:4:12: warning: one range mark between numbers, '-': ',每周2～3次' → ',每周2-3次' [range-mark]");
    }

    @Test
    void anUnknownRuleOrSeverityIsAConfigurationError() {
        assertThat(problems(CONFIG.replace("  - name: copyedit", """
                  - name: copyedit
                    options: { rules: { space: warning } }
                """) + "-- content/a.md --\n---\ntitle: 甲\n---\n")).singleElement().asString()
                .contains("unknown copyedit rule 'space' in option 'rules'; the rules are vocabulary, halfwidth-word");
    }

    @Test
    void strictFailsOnFindingsThatAreOnlyWarnings() {
        TestSite site = TestSite.write(dir, CONFIG + "-- content/a.md --\n---\ntitle: 甲\n---\n这是1V1沟通\n");
        BuildResult strict = site.build(BuildOptions.builder(dir.resolve("content"), dir.resolve("public")).strict(true).build());
        assertThat(strict.failed(true)).isTrue();
        assertThat(site.build().written()).isTrue();
    }

    @Test
    void aGlossaryPageMayNameItsOwnSpellingsAndABadVocabularyFileIsAnError() {
        assertThat(problems(CONFIG.replace("types:", """
                types:
                  glossary: { folder: glossary, fields: { term: { type: string }, aliases: { type: list } } }""") + """
                -- content/_copyedit/vocabulary.yml --
                常规爆款: [常规畅销品]
                执行者: 执行同学
                -- content/glossary/term.md --
                ---
                title: 常规爆款
                term: 常规爆款
                aliases: [常规畅销品]
                ---
                常规爆款又叫常规畅销品。
                """)).containsExactly(
                "content/_copyedit/vocabulary.yml:2:1: error: vocabulary: '执行者' must map to a list of the variants "
                        + "to replace, e.g. 执行者: [variant one, variant two]");
    }
}
