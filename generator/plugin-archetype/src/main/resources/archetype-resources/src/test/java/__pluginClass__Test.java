package ${package};

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.qunbook.testkit.PluginContract;
import org.qunbook.testkit.TestSite;

/** The contract every plugin passes (inherited), then what this one does on a mini site. */
class ${pluginClass}Test extends PluginContract {

    @Override
    protected String pluginName() {
        return "${pluginName}";
    }

    private static final String SITE = """
            -- content/qunbook.yml --
            title: 测试站点
            plugins:
              - name: ${pluginName}
                options:
                  title: 延伸阅读
            -- content/a.md --
            ---
            title: 建群前的准备
            tags: [建群]
            ---
            先定位，再拉人。
            -- content/b.md --
            ---
            title: 入群欢迎语
            tags: [建群]
            ---
            欢迎语的写法。
            """;

    @Test
    void listsThePagesSharingATagAfterTheContent() {
        TestSite site = TestSite.write(dir, SITE).buildClean();
        assertThat(site.page("a/").select(".slot-after-content .related-pages h2").text()).isEqualTo("延伸阅读");
        assertThat(site.page("a/").select(".related-pages a").attr("href")).isEqualTo("../b/");
        assertThat(site.page("a/").select(".related-pages a").text()).isEqualTo("入群欢迎语");
    }

    @Test
    void warnsAboutAPageWithoutTags() {
        TestSite site = TestSite.write(dir, SITE + """
                -- content/c.md --
                ---
                title: 没有标签
                ---
                正文。
                """);
        List<String> problems = site.build().problems().stream().map(p -> p.format()).toList();
        assertThat(problems).containsExactly("content/c.md:4:1: warning: page has no tags: ${pluginName} cannot "
                + "relate it to others (add 'tags: [...]' to its front matter)");
    }
}
