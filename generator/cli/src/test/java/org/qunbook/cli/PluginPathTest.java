package org.qunbook.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.qunbook.build.Build;
import org.qunbook.build.BuildCache;
import org.qunbook.build.BuildOptions;
import org.qunbook.build.BuildResult;
import org.qunbook.testing.TestSite;
import picocli.CommandLine;

/**
 * A third-party plugin ({@code src/test/plugins/related-pages}, compiled into a jar of its own)
 * used from the CLI with no change to qunbook: found on the plugin path, listed by
 * {@code qunbook plugins}, its boxes in the theme's slots and out of the search index, its API
 * version checked, a rebuilt jar picked up by the next rebuild of {@code serve}.
 */
class PluginPathTest {

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine cli = new CommandLine(new Main());
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        return cli.execute(args);
    }

    private static final String PAGES = """
            -- content/a.md --
            ---
            title: 建群前的准备
            tags: [建群]
            ---
            先定位，再拉人。
            -- content/b.md --
            ---
            title: 入群欢迎语写法独一无二
            tags: [建群]
            ---
            欢迎语的写法。
            -- content/c.md --
            ---
            title: 没有标签的页面
            ---
            正文。
            """;

    private TestSite site(String config) {
        return TestSite.write(dir, "-- content/qunbook.yml --\ntitle: 插件测试\n" + config + PAGES);
    }

    private String content() {
        return dir.resolve("content").toString();
    }

    private String output() {
        return dir.resolve("public").toString();
    }

    private Document page(String url) throws Exception {
        return Jsoup.parse(Files.readString(dir.resolve("public").resolve(url + "index.html")));
    }

    @Test
    void aPluginJarInTheSitesPluginPathRunsInTheThemesSlotsAndStaysOutOfSearch() throws Exception {
        site("plugin_path: _plugins/\nplugins:\n  - related-pages\n");
        TestPluginJar.build("related-pages", dir.resolve("content/_plugins/related-pages-1.2.0.jar"), "1.2.0");

        assertThat(run("build", "-s", content(), "-o", output())).as(err.toString()).isZero();

        Document a = page("a/");
        assertThat(a.select(".slot-after-content .plugin-slot[data-plugin=related-pages] a"))
                .extracting(e -> e.attr("href") + " " + e.text()).containsExactly("../b/ 入群欢迎语写法独一无二");
        // After the content, before previous/next.
        assertThat(a.select(".doc-body + .slot-after-content + .pager")).hasSize(1);
        assertThat(a.select("#sidebar .slot-sidebar-bottom .related-count").text()).isEqualTo("1 个相关页面");
        assertThat(a.select(".prose").text()).doesNotContain("入群欢迎语写法独一无二");
        // The untagged page: the plugin's warning, at its file and line; the jar is not published.
        assertThat(err.toString()).contains("c.md:4:1: warning: page has no tags: related-pages");
        assertThat(dir.resolve("public/_plugins")).doesNotExist();
        assertThat(page("c/").select(".slot-after-content")).isEmpty();
    }

    @Test
    void pageDataAPluginPublishesIsInTemplatesAsPagePluginsName() throws Exception {
        site("plugin_path: _plugins/\nplugins:\n  - related-pages\n");
        TestSite.write(dir, """
                -- content/_theme/templates/page.ftlh --
                <p class="related">${(page.plugins["related-pages"].count)!"none"} \
                ${(page.plugins["related-pages"].urls?join(","))!""}</p>
                """);
        TestPluginJar.build("related-pages", dir.resolve("content/_plugins/related-pages.jar"), "1.2.0");

        assertThat(run("build", "-q", "-s", content(), "-o", output())).as(err.toString()).isZero();

        assertThat(page("a/").select("p.related").text()).isEqualTo("1 b/");
        assertThat(page("c/").select("p.related").text()).isEqualTo("none");
    }

    @Test
    void whatAPluginPutsInTheContentIsKeptOutOfSearchWithExcludeFromSearch() throws Exception {
        site("");
        assertThat(run("build", "-q", "-s", content(), "-o", output())).isZero();
        String title = "入群欢迎语写法独一无二";
        int without = count(searchFiles(), title) + count(searchFiles(), "无二");
        String readingTime = page("a/").select(".meta-reading").text();

        site("plugin_path: _plugins\nplugins:\n  - name: related-pages\n    options:\n      inline: true\n");
        TestPluginJar.build("related-pages", dir.resolve("content/_plugins/related.jar"), "1.2.0");
        assertThat(run("build", "-q", "-s", content(), "-o", output())).as(err.toString()).isZero();

        Document a = page("a/");
        assertThat(a.select(".prose aside.related-pages[data-search-exclude] a").text()).isEqualTo(title);
        assertThat(count(searchFiles(), title) + count(searchFiles(), "无二")).isEqualTo(without);
        assertThat(a.select(".meta-reading").text()).isEqualTo(readingTime);
    }

    private static int count(String text, String part) {
        int count = 0;
        for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
            count++;
        }
        return count;
    }

    @Test
    void theCommandLineAndTheEnvironmentAddToThePluginPath() throws Exception {
        site("plugins:\n  - related-pages\n");
        Path jars = Files.createDirectories(dir.resolve("jars"));
        TestPluginJar.build("related-pages", jars.resolve("related-pages.jar"), "1.2.0");

        assertThat(run("build", "-q", "-s", content(), "-o", output(), "--plugin-path", jars.toString()))
                .as(err.toString()).isZero();
        assertThat(page("a/").select(".plugin-slot[data-plugin=related-pages]")).isNotEmpty();

        // QUNBOOK_PLUGIN_PATH, in a qunbook process of its own.
        ProcessBuilder process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), Main.class.getName(), "build", "-q", "-s", content(),
                "-o", dir.resolve("public2").toString()).redirectErrorStream(true);
        process.environment().put("QUNBOOK_PLUGIN_PATH", jars.resolve("related-pages.jar").toString());
        Process started = process.start();
        String printed = new String(started.getInputStream().readAllBytes());
        assertThat(started.waitFor()).as(printed).isZero();
        assertThat(Files.readString(dir.resolve("public2/a/index.html"))).contains("data-plugin=\"related-pages\"");
    }

    @Test
    void aPluginNotFoundNamesThePathSearchedAndTheThreeWaysToAddOne() {
        site("plugin_path: _plugins/\nplugins:\n  - related-pages\n");
        TestSite.write(dir, "-- content/_plugins/README.txt --\nplugin jars go here\n");

        assertThat(run("build", "-s", content(), "-o", output())).isEqualTo(1);

        assertThat(err.toString()).contains("qunbook.yml:4:1: error: plugin 'related-pages' not found; "
                + "available plugins: charts, checklist, copyedit, ").contains("; searched qunbook's own plugins and the "
                + "plugin path: " + dir.resolve("content/_plugins") + "/ (no jars). Add the plugin's jar with "
                + "'plugin_path:' in qunbook.yml (a jar or a folder of jars, relative to the content folder), "
                + "--plugin-path JAR|DIR or the QUNBOOK_PLUGIN_PATH environment variable");
    }

    @Test
    void aMissingPluginPathEntryIsAnErrorAtItsLine() {
        site("plugin_path:\n  - _plugins/\n  - ../lib/missing.jar\n");
        Path missing = dir.resolve("lib/missing.jar");
        assertThat(run("build", "-s", content(), "-o", output())).isEqualTo(1);
        assertThat(err.toString()).contains("qunbook.yml:4:1: error: plugin_path entry '../lib/missing.jar' not found: "
                + "no such jar or folder " + missing + " (plugin_path is relative to the content folder)");
        assertThat(err.toString()).contains("qunbook.yml:3:1: error: plugin_path entry '_plugins/' not found");
    }

    @Test
    void pluginsListsEachPluginWithItsJarVersionApiAndOptions() {
        site("plugin_path: _plugins/\nplugins:\n  - related-pages\n");
        TestPluginJar.build("related-pages", dir.resolve("content/_plugins/related-pages-1.2.0.jar"), "1.2.0");

        assertThat(run("plugins", "-s", content())).as(err.toString()).isZero();

        List<String> lines = out.toString().lines().toList();
        assertThat(lines.get(0)).isEqualTo("Plugins (this qunbook provides plugin API 2.0):");
        assertThat(lines).contains("  related-pages 1.2.0 — " + dir.resolve("content/_plugins/related-pages-1.2.0.jar")
                + " — API 2.0 — enabled", "    options: title: text, limit: number, inline: true/false");
        assertThat(lines).anyMatch(line -> line.matches("  glossary .*— .*glossary.*"));
        assertThat(lines).last().isEqualTo("Plugin path: " + dir.resolve("content/_plugins") + "/ (1 jar)");
    }

    @Test
    void aPluginBuiltForAnotherApiVersionIsRefusedWithBothVersions() {
        site("plugin_path: _plugins/\nplugins:\n  - related-pages\n");
        TestPluginJar.build("related-pages", dir.resolve("content/_plugins/related-pages-3.0.0.jar"), "3.0.0",
                source -> source.replace("return ApiVersion.CURRENT;", "return \"3.0\";"));

        assertThat(run("build", "-s", content(), "-o", output())).isEqualTo(1);

        assertThat(err.toString()).contains("qunbook.yml:4:1: error: plugin 'related-pages' "
                + "(related-pages-3.0.0.jar, version 3.0.0) was built for qunbook plugin API 3.0, but this qunbook "
                + "provides API 2.0: use a release of the plugin built for API 2.x (at most 2.0), or a qunbook that "
                + "provides API 3.0");
    }

    @Test
    void theApiVersionMayBeDeclaredInTheJarsManifestInstead() {
        site("plugin_path: _plugins/\nplugins:\n  - related-pages\n");
        UnaryOperator<String> undeclared = source -> source.replace("return ApiVersion.CURRENT;", "return \"\";");
        TestPluginJar.build("related-pages", dir.resolve("content/_plugins/related-pages.jar"), "3.0.0", undeclared,
                Map.of("Qunbook-Api-Version", "2.7"));

        assertThat(run("check", "-s", content())).isEqualTo(1);
        assertThat(err.toString()).contains("error: plugin 'related-pages' (related-pages.jar, version 3.0.0) was "
                + "built for qunbook plugin API 2.7, but this qunbook provides API 2.0");

        TestPluginJar.build("related-pages", dir.resolve("content/_plugins/related-pages.jar"), "3.0.1", undeclared,
                Map.of("Qunbook-Api-Version", "2.0"));
        err.getBuffer().setLength(0);
        assertThat(run("check", "-s", content())).as(err.toString()).isZero();
    }

    @Test
    void serveWatchesThePluginPathOutsideTheContentAndRebuildsWhenAJarIsRebuilt() throws Exception {
        TestSite site = site("plugin_path:\n  - _plugins/\n  - ../lib/\nplugins:\n  - related-pages\n");
        Files.createDirectories(dir.resolve("content/_plugins"));
        Path jars = Files.createDirectories(dir.resolve("jars"));
        Path jar = TestPluginJar.build("related-pages", dir.resolve("lib/related-pages.jar"), "1.0.0");
        ServeCommand serve = new ServeCommand();
        new CommandLine(serve).parseArgs("-s", content(), "--plugin-path", jars.toString());

        // content/ is watched anyway; the other entries' folders are added.
        assertThat(serve.pluginFolders()).containsExactly(jars.toAbsolutePath(), dir.resolve("lib").toAbsolutePath());

        java.util.concurrent.BlockingQueue<BuildResult> rebuilds = new java.util.concurrent.LinkedBlockingQueue<>();
        BuildOptions options = BuildOptions.builder(dir.resolve("content"), dir.resolve("public")).serving(true).build();
        try (org.qunbook.serve.LivePreview preview = new org.qunbook.serve.LivePreview(options,
                new org.qunbook.serve.LiveReload(), rebuilds::add)) {
            assertThat(preview.build().written()).isTrue();
            assertThat(site.page("a/").select(".related-pages h2").text()).isEqualTo("相关页面");
            preview.watch(List.of(dir.resolve("content"), dir.resolve("lib")));

            TestPluginJar.build("related-pages", jar, "1.0.1", source -> source.replace("\"相关页面\"", "\"延伸阅读\""));

            // Each rebuild (a save can come as several file events) until one shows the new plugin.
            String title = "";
            while (!title.equals("延伸阅读") && rebuilds.poll(60, java.util.concurrent.TimeUnit.SECONDS) != null) {
                title = site.page("a/").select(".related-pages h2").text();
            }
            assertThat(title).isEqualTo("延伸阅读");
        }
    }

    @Test
    void serveRebuildsWithAPluginJarThatChanged() throws Exception {
        TestSite site = site("plugin_path: _plugins/\nplugins:\n  - related-pages\n");
        Path jar = dir.resolve("content/_plugins/related-pages.jar");
        TestPluginJar.build("related-pages", jar, "1.0.0");
        BuildOptions options = BuildOptions.builder(dir.resolve("content"), dir.resolve("public")).serving(true).build();
        BuildCache cache = new BuildCache();
        List<String> titles = new ArrayList<>();
        try {
            for (String version : List.of("相关页面", "延伸阅读")) {
                TestPluginJar.build("related-pages", jar, version,
                        source -> source.replace("\"相关页面\"", "\"" + version + "\""));
                BuildResult result = new Build(options, cache).run();
                assertThat(result.written()).as(TestSite.format(result.problems())).isTrue();
                titles.add(site.page("a/").select(".related-pages h2").text());
            }
        } finally {
            cache.close();
        }
        assertThat(titles).containsExactly("相关页面", "延伸阅读");
    }

    /** Every file of the search index (term shards, display chunks, texts), one after another. */
    private String searchFiles() throws IOException {
        try (var files = Files.walk(dir.resolve("public/search"))) {
            StringBuilder all = new StringBuilder();
            for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                all.append(Files.readString(file)).append('\n');
            }
            return all.toString();
        }
    }
}
