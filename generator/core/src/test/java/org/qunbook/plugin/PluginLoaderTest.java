package org.qunbook.plugin;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.qunbook.api.SitePlugin;
import org.qunbook.testing.TestSite;

/** The API version check and the site's plugin_path, as the build reports them. */
class PluginLoaderTest {

    @TempDir
    Path dir;

    private static FoundPlugin found(String apiVersion) {
        SitePlugin plugin = () -> "related-pages";
        return new FoundPlugin(plugin, Optional.of(Path.of("/plugins/related-pages-2.1.0.jar")), "2.1.0", apiVersion);
    }

    @Test
    void aPluginDeclaringNoApiVersionOrAProvidedOneIsLoaded() {
        assertThat(PluginLoader.apiMismatch(found(""))).isEmpty();
        assertThat(PluginLoader.apiMismatch(found("2.0"))).isEmpty();
    }

    @Test
    void aPluginBuiltForAnotherApiIsRefusedNamingBothVersionsAndWhatToDo() {
        assertThat(PluginLoader.apiMismatch(found("1.4"))).isEqualTo("plugin 'related-pages' (related-pages-2.1.0.jar, "
                + "version 2.1.0) was built for qunbook plugin API 1.4, but this qunbook provides API 2.0: use a "
                + "release of the plugin built for API 2.x (at most 2.0), or a qunbook that provides API 1.4");
        assertThat(PluginLoader.apiMismatch(found("v2"))).isEqualTo("plugin 'related-pages' (related-pages-2.1.0.jar, "
                + "version 2.1.0) declares an invalid plugin API version: 'v2' is not an API version like 2.0; ask its "
                + "author for a fixed release");
    }

    @Test
    void theBundledExamplePluginIsFoundWithWhereItComesFromAndItsOptions() {
        List<String> broken = new java.util.ArrayList<>();
        FoundPlugin banner = new PluginLoader(getClass().getClassLoader()).found(broken).stream()
                .filter(p -> p.name().equals("example-banner")).findFirst().orElseThrow();
        assertThat(broken).isEmpty();
        assertThat(banner.source()).hasValueSatisfying(p -> assertThat(p.toString()).endsWith("test-classes"));
        assertThat(banner.options()).containsExactly("text: text", "fail_in: text");
    }

    @Test
    void pluginPathEntriesMustBePaths() {
        List<String> problems = TestSite.write(dir, """
                -- content/qunbook.yml --
                title: 站点
                plugin_path:
                  - 3
                  - _plugins/
                """).buildExpectingErrors();
        assertThat(problems).containsExactly("content/qunbook.yml:3:1: error: plugin_path entries must be paths of "
                + "plugin jars or folders of jars, relative to the content folder (e.g. _plugins/)");
    }

    @Test
    void aPluginPathFolderWithoutJarsBuildsAndIsNotPublished() {
        TestSite site = TestSite.write(dir, """
                -- content/qunbook.yml --
                title: 站点
                plugin_path: _plugins
                -- content/_plugins/README.txt --
                plugin jars go here
                """).buildClean();
        assertThat(site.exists("_plugins/README.txt")).isFalse();
    }
}
