package org.qunbook.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.ServiceLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.qunbook.api.ApiVersion;
import org.qunbook.api.SitePlugin;
import org.qunbook.build.BuildResult;
import org.qunbook.plugin.FoundPlugin;

/**
 * The contract every plugin passes: a plugin's test extends this class and names the plugin.
 * It is found by {@link ServiceLoader}, its name is unique and well-formed, the plugin API version
 * it declares is one this qunbook provides, it builds an empty site, it never fails on pages
 * that do not use its syntax, and it reads pages' content only before render (the hooks after it,
 * {@code addSearchEntries} and {@code postBuild}, get {@link org.qunbook.api.PageInfo}: the content
 * has been released).
 *
 * <pre>
 * class RelatedPagesContractTest extends PluginContract {
 *     &#64;Override protected String pluginName() { return "related-pages"; }
 * }
 * </pre>
 */
public abstract class PluginContract {

    @TempDir
    protected Path dir;

    /** The plugin's name as used in {@code qunbook.yml}. */
    protected abstract String pluginName();

    /** Extra config lines the plugin needs under its {@code - name:} entry (indented), or "". */
    protected String pluginOptions() {
        return "";
    }

    private String config() {
        return "-- content/qunbook.yml --\ntitle: 契约测试\nplugins:\n  - name: " + pluginName() + "\n"
                + pluginOptions();
    }

    @Test
    void isFoundByServiceLoaderUnderAUniqueWellFormedName() {
        List<String> names = new ArrayList<>();
        for (SitePlugin plugin : ServiceLoader.load(SitePlugin.class)) {
            names.add(plugin.name());
        }
        assertThat(names).contains(pluginName()).doesNotHaveDuplicates();
        assertThat(pluginName()).matches("[a-z][a-z0-9-]*");
    }

    @Test
    void declaresAnApiVersionThisQunbookProvides() {
        for (SitePlugin plugin : ServiceLoader.load(SitePlugin.class)) {
            if (plugin.name().equals(pluginName())) {
                FoundPlugin found = FoundPlugin.of(plugin);
                assertThat(found.apiVersion()).as("plugin API version the plugin declares (apiVersion() or the "
                        + ApiVersion.MANIFEST_ATTRIBUTE + " manifest attribute)").isNotEmpty();
                assertThat(ApiVersion.supports(found.apiVersion())).as("API " + found.apiVersion()
                        + " is provided by this qunbook (API " + ApiVersion.CURRENT + ")").isTrue();
            }
        }
    }

    @Test
    void buildsAnEmptySite() {
        BuildResult result = TestSite.write(dir, config()).build();
        assertThat(result.errors()).as(TestSite.format(result.problems())).isZero();
    }

    @Test
    void neverFailsOnPagesWithoutItsSyntax() {
        BuildResult result = TestSite.write(dir, config() + PLAIN_PAGES).build();
        assertThat(result.errors()).as(TestSite.format(result.problems())).isZero();
    }

    @Test
    void readsPageContentOnlyBeforeRender() {
        BuildResult result = TestSite.write(dir, config() + PLAIN_PAGES).build();
        assertThat(TestSite.format(result.problems())).as("the plugin reads a page's content after render, where "
                + "addSearchEntries and postBuild get PageInfo (facts): gather what you need from the content in "
                + "contentLoaded or transform").doesNotContain("content was released after render");
    }

    /** A home page and a page with ordinary Markdown: headings, lists, a table, code, a link. */
    private static final String PLAIN_PAGES = """
                -- content/_index.md --
                ---
                title: 首页
                ---
                纯文本页面，没有任何插件语法。English text, `code`, [a link](a.md).

                | 表格 | 一 |
                |---|---|
                | 甲 | 乙 |
                -- content/a.md --
                ---
                title: 甲
                ---
                ## 标题

                - 列表
                - 项目

                ```
                代码 {{不是变量}}
                ```
                """;
}
