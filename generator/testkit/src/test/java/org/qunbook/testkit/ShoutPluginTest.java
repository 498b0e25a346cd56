package org.qunbook.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The testkit as a plugin author uses it: the contract, then a mini site and a golden file. */
class ShoutPluginTest extends PluginContract {

    @Override
    protected String pluginName() {
        return "shout";
    }

    @Test
    void putsItsNoteAfterTheContent() {
        TestSite site = TestSite.write(dir, """
                -- content/qunbook.yml --
                title: 测试
                plugins: [shout]
                -- content/a.md --
                ---
                title: 甲
                ---
                正文。
                """).buildClean();
        assertThat(site.page("a/").select(".slot-after-content .shout").text()).isEqualTo("看这里");
        GoldenFiles.assertMatches(GoldenFiles.resources("golden/shout.html"),
                site.page("a/").select(".slot-after-content").outerHtml());
    }
}
