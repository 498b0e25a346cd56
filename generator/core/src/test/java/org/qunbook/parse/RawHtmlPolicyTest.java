package org.qunbook.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.qunbook.api.Problem;
import org.qunbook.build.BuildResult;
import org.qunbook.testing.TestSite;

/**
 * Raw HTML in Markdown is untrusted (a pull request, a copy-paste from a web page): what can run
 * script, load from another site or restyle the page is removed, with a warning naming file, line
 * and how to keep it; what a handbook uses stays. Sites that trust their writers opt out.
 */
class RawHtmlPolicyTest {

    private static final String PAGE = """
            -- content/a.md --
            ---
            title: 甲
            ---
            正文

            <script>alert(document.cookie)</script>

            <iframe src="https://evil.example/"></iframe>

            点<a href="javascript:alert(1)">这里</a>或<a href="jav&#x09;ascript:alert(2)" onclick="steal()">那里</a>。

            [链接](data:text/html,alert%283%29) 和 <img src="x.png" onerror="alert(4)"> 和 <span style="color:red">红</span>

            <form action="https://evil.example/"><input name="pw"></form>

            <object data="x.swf"></object><embed src="x.swf"><style>body{display:none}</style>

            ![图](data:text/html;base64,PHNjcmlwdD4=)

            段落 {onmouseover="alert(5)"}
            -- content/x.png --
            png
            """;

    @TempDir
    Path dir;

    @Test
    void removesWhatCanRunOrLoadWithAWarningPerRemovalNamingLineAndTheOptOut() {
        TestSite site = TestSite.write(dir, TestSite.MINIMAL_CONFIG + PAGE);
        BuildResult result = site.build();
        assertThat(result.written()).isTrue();
        List<String> warnings = result.problems().stream().map(Problem::format).toList();
        String optOut = " from the page's HTML; to keep raw HTML as written, set 'markdown: { unsafe_html: true }' "
                + "in qunbook.yml";
        assertThat(warnings).containsExactly(
                "content/a.md:6:1: warning: removed <script> element" + optOut,
                "content/a.md:8:1: warning: removed <iframe> element" + optOut,
                "content/a.md:10:2: warning: removed javascript: URL in href of <a>" + optOut,
                "content/a.md:10:39: warning: removed event handler attribute 'onclick' on <a>" + optOut,
                "content/a.md:10:39: warning: removed javascript: URL in href of <a>" + optOut,
                "content/a.md:12:1: warning: removed data: URL in href of <a>" + optOut,
                "content/a.md:12:37: warning: removed event handler attribute 'onerror' on <img>" + optOut,
                "content/a.md:12:76: warning: removed style attribute on <span>" + optOut,
                "content/a.md:14:1: warning: removed <form> element" + optOut,
                "content/a.md:16:1: warning: removed <object> element" + optOut,
                "content/a.md:16:31: warning: removed <embed> tag (its content is kept)" + optOut,
                "content/a.md:16:50: warning: removed <style> element" + optOut,
                "content/a.md:18:1: warning: removed data: URL in src of <img>" + optOut,
                "content/a.md:20:1: warning: removed event handler attribute 'onmouseover' on <p>" + optOut);
        Element content = site.page("a/").selectFirst("main");
        String html = site.read("a/index.html");
        assertThat(html).doesNotContain("alert(", "alert%28", "evil.example", "steal()", "x.swf", "display:none", "color:red",
                "data:text/html");
        assertThat(content.select("script, iframe, form, input[name], object, embed, style, [style], [onclick]"))
                .isEmpty();
        assertThat(content.select("a:contains(这里), a:contains(那里), a:contains(链接)")).hasSize(3)
                .allSatisfy(a -> assertThat(a.hasAttr("href")).isFalse());
        assertThat(content.selectFirst("img[src$=x.png]")).isNotNull();
        assertThat(content.selectFirst("span:contains(红)")).isNotNull();
    }

    @Test
    void keepsWhatAHandbookUsesWithoutAWarning() {
        TestSite site = TestSite.write(dir, TestSite.MINIMAL_CONFIG + """
                -- content/a.md --
                ---
                title: 甲
                ---
                <details class="faq" open>
                <summary>常见问题</summary>

                按 <kbd>Ctrl</kbd>+<kbd>C</kbd>，H<sub>2</sub>O，10<sup>3</sup>，<mark>重点</mark>，
                <abbr title="Standard Operating Procedure">SOP</abbr><br>换行

                </details>

                <div class="note"><span class="tag">标签</span></div>

                <a href="https://example.org/">外链</a> <a href="mailto:a@example.org">邮件</a>
                <a href="b.md">相对</a> <a href="#top">锚点</a>
                <img src="https://example.org/a.png" alt="图" width="10"> <img src="data:image/png;base64,iVBORw0KGgo=" alt="点">

                <table><tr><th>甲</th><td colspan="2">乙</td></tr></table>

                <!-- 注释不出现在页面里 -->

                ## top
                -- content/b.md --
                ---
                title: 乙
                ---
                """).buildClean();
        Document page = site.page("a/");
        Element details = page.selectFirst("main details.faq[open]");
        assertThat(details).isNotNull();
        assertThat(details.selectFirst("summary").text()).isEqualTo("常见问题");
        assertThat(details.select("kbd")).hasSize(2);
        assertThat(details.select("sub, sup, mark, abbr[title], br")).hasSize(5);
        assertThat(page.select("main div.note span.tag")).hasSize(1);
        assertThat(page.select("main a[href=https://example.org/], main a[href^=mailto:], main a[href=#top]:contains(锚点)"))
                .hasSize(3);
        assertThat(page.selectFirst("main a:contains(相对)").attr("href")).isEqualTo("../b/");
        assertThat(page.select("main img[src^=data:image/png], main img[src^=https:][width=10]")).hasSize(2);
        assertThat(page.select("main table td[colspan=2]")).hasSize(1);
        assertThat(site.read("a/index.html")).doesNotContain("注释不出现在页面里");
    }

    @Test
    void aSiteThatTrustsItsWritersKeepsRawHtmlAsWritten() {
        TestSite site = TestSite.write(dir, TestSite.MINIMAL_CONFIG + """
                markdown: { unsafe_html: true }
                -- content/a.md --
                ---
                title: 甲
                ---
                <script>alert(document.cookie)</script>

                <iframe src="https://evil.example/"></iframe>

                <a href="https://example.org/" onclick="steal()">那里</a> <span style="color:red">红</span>
                """).buildClean();
        String html = site.read("a/index.html");
        assertThat(html).contains("<script>alert(document.cookie)</script>", "<iframe src=\"https://evil.example/\">",
                "onclick=\"steal()\"", "style=\"color:red\"");
    }

    @Test
    void tagsThatCannotBeParsedAreShownAsText() {
        TestSite site = TestSite.write(dir, TestSite.MINIMAL_CONFIG + """
                -- content/a.md --
                ---
                title: 甲
                ---
                <div>
                <scr<script>x</script>ipt>alert(1)</script>
                </div>
                """);
        site.build();
        assertThat(site.page("a/").select("main script")).isEmpty();
        assertThat(site.read("a/index.html")).doesNotContain("<script>alert");
    }

    @Test
    void aWrongValueForTheOptionIsAnError() {
        assertThat(TestSite.write(dir, TestSite.MINIMAL_CONFIG + """
                markdown: { unsafe_html: yes please }
                """).buildExpectingErrors())
                .containsExactly("content/qunbook.yml:2:1: error: markdown.unsafe_html must be true or false");
    }
}
