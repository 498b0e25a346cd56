package org.qunbook.offline;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.qunbook.build.BuildOptions;
import org.qunbook.testing.TestSite;

/** The offline files a build writes: the web app manifest, the service worker and the list of the whole book. */
class OfflineSiteTest {

    private static final String SITE = """
            -- content/qunbook.yml --
            title: 离线手册
            description: 门店里也能读的手册
            base_url: https://example.org/handbook/
            offline: { enabled: true, short_name: 手册, theme_color: "#0a7464" }
            print: { page: true }
            types:
              playbook:
                folder: playbooks
            -- content/playbooks/_index.md --
            ---
            title: 打法
            ---
            -- content/playbooks/welcome.md --
            ---
            title: 欢迎新人
            tags: [新人]
            aliases: [/old/welcome/]
            ---
            新人进群后先发欢迎语。![群二维码](qr.png)
            -- content/playbooks/qr.png --
            PNG
            """;

    @TempDir
    Path dir;

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void theWebManifestNamesTheSiteItsThemeColourAndIconsWithUrlsRelativeToTheRoot() throws Exception {
        TestSite site = TestSite.write(dir, SITE).buildClean();
        try (InputStream golden = getClass().getResourceAsStream("/golden/offline/manifest.webmanifest")) {
            assertThat(site.read("manifest.webmanifest"))
                    .isEqualTo(new String(golden.readAllBytes(), StandardCharsets.UTF_8));
        }
        // Every page names it for offline.js, relative to the page, so a sub-path works.
        assertThat(site.page("playbooks/welcome/").select("meta[name=qunbook-offline]").attr("content"))
                .isEqualTo("../../manifest.webmanifest");
        assertThat(site.page("").select("meta[name=qunbook-offline]").attr("content")).isEqualTo("manifest.webmanifest");
        assertThat(site.page("").select("#offline-save .offline-save-start").text()).isEqualTo("离线保存整本手册");
    }

    @Test
    void theListHasEveryPageSearchAndContentFileWithItsSizeAndNothingForMachines() throws Exception {
        TestSite site = TestSite.write(dir, SITE).buildClean();
        JsonNode list = json.readTree(site.read("offline-manifest.json"));
        Map<String, Long> book = new TreeMap<>();
        list.get("book").forEach(entry -> book.put(entry.get(0).asText(), entry.get(1).asLong()));

        List<String> pages = book.keySet().stream().filter(url -> !url.startsWith("search/") || url.equals("search/"))
                .toList();
        assertThat(pages).containsExactly("", "404.html", "old/welcome/", "playbooks/", "playbooks/qr.png",
                "playbooks/welcome/", "search/", "tags/", "tags/新人/");
        assertThat(book.keySet()).anyMatch(url -> url.startsWith("search/shards/"))
                .anyMatch(url -> url.startsWith("search/docs/")).anyMatch(url -> url.startsWith("search/texts/"))
                .noneMatch(url -> url.startsWith("assets/") || url.startsWith("print/") || url.endsWith(".xml")
                        || url.equals("robots.txt") || url.equals("sw.js") || url.equals("offline-manifest.json"));
        long total = 0;
        for (JsonNode entry : list.get("book")) {
            String url = entry.get(0).asText();
            Path file = site.output().resolve(url.isEmpty() || url.endsWith("/") ? url + "index.html" : url);
            assertThat(Files.size(file)).as(url).isEqualTo(entry.get(1).asLong());
            assertThat(entry.get(2).asText()).as(url).isEqualTo(java.util.HexFormat.of().formatHex(
                    java.security.MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file))).substring(0, 8));
            total += entry.get(1).asLong();
        }
        assertThat(list.get("files").asInt()).isEqualTo(book.size());
        assertThat(list.get("bytes").asLong()).isEqualTo(total);
    }

    @Test
    void theWorkerCarriesTheVersionAndTheShellEveryFileOfWhichExists() throws Exception {
        TestSite site = TestSite.write(dir, SITE).buildClean();
        String worker = site.read("sw.js");
        String version = json.readTree(site.read("offline-manifest.json")).get("version").asText();
        assertThat(version).matches("[0-9a-f]{16}");
        assertThat(worker).contains("const VERSION = \"" + version + "\";").doesNotContain("qunbook:settings");
        Matcher shell = Pattern.compile("const SHELL = (\\[.*]);").matcher(worker);
        assertThat(shell.find()).isTrue();
        List<String> files = new ArrayList<>();
        json.readTree(shell.group(1)).forEach(f -> files.add(f.asText()));
        assertThat(files).contains("assets/css/qunbook.css", "assets/js/offline.js", "assets/img/icon-192.png",
                "assets/search/search-worker.js", "assets/search/lunr.min.js", "manifest.webmanifest");
        for (String file : files) {
            assertThat(site.output().resolve(file)).as(file).isRegularFile();
        }
    }

    @Test
    void theVersionIsAHashOfTheSiteTheSameForTheSameSourcesAndNewForAChange() throws Exception {
        TestSite site = TestSite.write(dir, SITE).buildClean();
        String worker = site.read("sw.js");
        String list = site.read("offline-manifest.json");
        site.buildClean();
        assertThat(site.read("sw.js")).isEqualTo(worker);
        assertThat(site.read("offline-manifest.json")).isEqualTo(list);

        site.add("""
                -- content/playbooks/welcome.md --
                ---
                title: 欢迎新人
                tags: [新人]
                aliases: [/old/welcome/]
                ---
                新人进群后先发欢迎语，再发群规。![群二维码](qr.png)
                """).buildClean();
        assertThat(version(site.read("sw.js"))).isNotEqualTo(version(worker));
    }

    @Test
    void offByDefaultAndNeverUnderServe() throws IOException {
        TestSite plain = TestSite.write(dir.resolve("plain"), TestSite.MINIMAL_CONFIG).buildClean();
        assertThat(plain.exists("sw.js")).isFalse();
        assertThat(plain.exists("manifest.webmanifest")).isFalse();
        assertThat(plain.exists("offline-manifest.json")).isFalse();
        assertThat(plain.page("").select("meta[name=qunbook-offline], #offline-save")).isEmpty();

        TestSite served = TestSite.write(dir.resolve("served"), SITE);
        org.qunbook.build.BuildResult result = served.build(BuildOptions.builder(served.root().resolve("content"),
                served.output()).serving(true).build());
        assertThat(result.written()).as(TestSite.format(result.problems())).isTrue();
        assertThat(served.exists("sw.js")).isFalse();
        assertThat(served.page("").select("meta[name=qunbook-offline], #offline-save")).isEmpty();
    }

    @Test
    void settingsAreCheckedWithTheirLine() {
        TestSite site = TestSite.write(dir, """
                -- content/qunbook.yml --
                title: 离线手册
                offline:
                  enable: true
                  theme_color: green
                """);
        assertThat(site.buildExpectingErrors()).containsExactly(
                "content/qunbook.yml:3:1: error: unknown key 'enable' (did you mean 'enabled'?)",
                "content/qunbook.yml:4:1: error: offline.theme_color must be a hex colour such as \"#1f6feb\" "
                        + "(quoted: # starts a YAML comment; got 'green')");
    }

    private static String version(String worker) {
        Matcher matcher = Pattern.compile("const VERSION = \"([0-9a-f]+)\";").matcher(worker);
        assertThat(matcher.find()).isTrue();
        return matcher.group(1);
    }
}
