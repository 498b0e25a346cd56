package org.qunbook.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.qunbook.testing.TestSite;

/** {@code copyright:} in qunbook.yml, the default theme's footer line (as in Hugo and MkDocs). */
class SiteCopyrightTest {

    private static final String PAGES = """
            -- content/_index.md --
            ---
            title: 首页
            ---
            -- content/guide/a.md --
            ---
            title: 一页
            tags: [标签]
            ---
            正文
            """;

    @TempDir
    Path dir;

    @Test
    void isAFooterLineOnEveryPageItsTextEscaped() {
        TestSite site = TestSite.write(dir, TestSite.MINIMAL_CONFIG + """
                footer: 由社群运营组维护
                copyright: "© 2026 社群运营组 · <b>CC BY-SA 4.0</b>"
                """ + PAGES).buildClean();
        for (Document page : new Document[] {site.page(""), site.page("guide/a/"), site.page("tags/"),
                Jsoup.parse(site.read("404.html"))}) {
            assertThat(page.select("footer.site-footer p").eachText())
                    .startsWith("由社群运营组维护", "© 2026 社群运营组 · <b>CC BY-SA 4.0</b>");
            assertThat(page.select("footer b")).isEmpty();
        }
    }

    @Test
    void leavesTheFooterAsItWasWhenUnset() {
        TestSite site = TestSite.write(dir, TestSite.MINIMAL_CONFIG + PAGES).buildClean();
        assertThat(site.page("guide/a/").select("footer.site-footer p").eachText()).containsExactly("测试站点");
        assertThat(site.page("guide/a/").select(".site-copyright")).isEmpty();
    }

    @Test
    void mustBeOneLineOfText() {
        var problems = TestSite.write(dir, TestSite.MINIMAL_CONFIG + """
                copyright:
                  - 社群运营组
                """ + PAGES).buildExpectingErrors();
        assertThat(problems).containsExactly("content/qunbook.yml:2:1: error: 'copyright' must be a single value");
    }
}
