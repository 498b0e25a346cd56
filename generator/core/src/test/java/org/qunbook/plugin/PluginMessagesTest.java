package org.qunbook.plugin;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.qunbook.testing.TestSite;

/**
 * A plugin's UI strings (PluginSetup.addMessages): in the site's language, falling back key by key
 * to the plugin's default language, overridden by the site's content/_theme/i18n, the same in Java
 * (SiteContext.message) and in the page's runtime script; a broken file is an error with its line.
 */
class PluginMessagesTest {

    @TempDir
    Path dir;

    private TestSite site(String language, String more) {
        return TestSite.write(dir, """
                -- content/qunbook.yml --
                title: 站点
                language: %s
                plugins:
                  - name: greeting
                -- content/a.md --
                ---
                title: 建群
                ---
                正文。
                """.formatted(language) + more);
    }

    @Test
    void javaAndThePageReadThePluginsStringsInTheSiteLanguage() {
        TestSite site = site("zh-CN", "").buildClean();
        assertThat(site.page("a/").select("p.greeting").text()).isEqualTo("欢迎阅读《建群》");
        assertThat(site.page("a/").select("p.farewell").text()).isEqualTo("下次见");
        String runtime = site.read("assets/qunbook/runtime.js");
        assertThat(runtime).startsWith("/*\n * qunbook runtime").endsWith("qunbook.useMessages("
                + "{\"plugin.greeting.button.copy\":\"复制\",\"plugin.greeting.farewell\":\"下次见\","
                + "\"plugin.greeting.hello\":\"欢迎阅读《{title}》\"});\n");
        assertThat(runtime).as("the theme's strings reach its scripts as data-msg-*, not here")
                .doesNotContain("search.placeholder");
        // Linked before every other script, so theirs can use it.
        List<String> scripts = site.page("a/").select("script[src]").eachAttr("src");
        int at = scripts.indexOf("../assets/qunbook/runtime.js");
        assertThat(at).isPositive();
        assertThat(scripts.subList(at + 1, scripts.size())).as("the theme's scripts come after it")
                .contains("../assets/js/theme.js", "../assets/js/search.js");
        assertThat(scripts.subList(0, at)).noneMatch(s -> s.contains("assets/js/"));
    }

    @Test
    void aKeyMissingInTheSiteLanguageFallsBackToThePluginsDefaultLanguage() {
        TestSite site = site("en", "").buildClean();
        assertThat(site.page("a/").select("p.greeting").text()).isEqualTo("Welcome to “建群”");
        assertThat(site.page("a/").select("p.farewell").text()).isEqualTo("下次见");
        assertThat(site.read("assets/qunbook/runtime.js")).contains("\"plugin.greeting.button.copy\":\"Copy\"",
                "\"plugin.greeting.farewell\":\"下次见\"");
    }

    @Test
    void theSitesThemeOverridesWinInJavaAndInThePage() {
        TestSite site = site("zh-CN", """
                -- content/_theme/i18n/zh-CN.yml --
                plugin:
                  greeting:
                    farewell: "回头见"
                    button: { copy: "拷贝" }
                """).buildClean();
        assertThat(site.page("a/").select("p.farewell").text()).isEqualTo("回头见");
        assertThat(site.page("a/").select("p.greeting").text()).isEqualTo("欢迎阅读《建群》");
        assertThat(site.read("assets/qunbook/runtime.js")).contains("\"plugin.greeting.button.copy\":\"拷贝\"",
                "\"plugin.greeting.farewell\":\"回头见\"").doesNotContain("下次见");
    }

    @Test
    void aBrokenMessagesFileIsAnErrorWithItsLine() {
        List<String> problems = TestSite.write(dir, """
                -- content/qunbook.yml --
                title: 站点
                plugins:
                  - name: greeting
                    options: { messages: broken/ }
                """).buildExpectingErrors();
        assertThat(problems).hasSize(1);
        assertThat(problems.get(0)).matches(".*org/qunbook/plugin/greeting/broken/zh-CN\\.yml:2:20: error: invalid YAML: "
                + ".* in the plugin's messages");
    }

    @Test
    void aMissingDefaultFileNamesThePluginAndThePath() {
        List<String> problems = TestSite.write(dir, """
                -- content/qunbook.yml --
                title: 站点
                plugins:
                  - name: greeting
                    options: { messages: nowhere/ }
                """).buildExpectingErrors();
        assertThat(problems).hasSize(1);
        assertThat(problems.get(0)).startsWith("content/qunbook.yml: error: plugin 'greeting' failed in configure for content/qunbook.yml: "
                + "IllegalArgumentException: messages not found: nowhere/zh-CN.yml (relative to org/qunbook/plugin/greeting/)");
    }

    @Test
    void aSiteStringNoPluginDefinesIsAWarningWithItsLineAndAHint() {
        TestSite site = site("zh-CN", """
                -- content/_theme/i18n/zh-CN.yml --
                nav:
                  home: "首页"
                plugin:
                  greeting:
                    farewel: "回头见"
                  other-plugin:
                    anything: "不是启用的插件的，不查"
                """);
        var result = site.build();
        assertThat(result.problems().stream().map(org.qunbook.api.Problem::format).toList()).containsExactly(
                "content/_theme/i18n/zh-CN.yml:5:1: warning: plugin 'greeting' has no string 'plugin.greeting.farewel', "
                        + "so this one is never shown (did you mean 'plugin.greeting.farewell'?)");
        assertThat(site.page("a/").select("p.farewell").text()).isEqualTo("下次见");
    }
}
