package org.qunbook.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.qunbook.testing.TestSite;

/** What the build writes, where, and what it leaves alone. */
class BuildOutputTest {

    private static final String SITE = TestSite.MINIMAL_CONFIG + """
            -- content/_index.md --
            ---
            title: 首页
            ---
            欢迎。
            -- content/playbooks/_index.md --
            ---
            title: 打法
            ---
            -- content/playbooks/setup-positioning.md --
            ---
            title: 找准社群定位
            weight: 10
            ---
            ## 为什么要定位

            见[案例](../案例/超市.md)。
            -- content/案例/超市.md --
            ---
            title: 超市案例
            ---
            ![门店](images/store.txt)
            -- content/案例/images/store.txt --
            not really an image
            -- content/drafts.md --
            ---
            title: 草稿
            draft: true
            ---
            """;

    @TempDir
    Path dir;

    @Test
    void writesPrettyUrlsAndCopiesStaticFiles() {
        TestSite site = TestSite.write(dir, SITE).buildClean();
        assertThat(site.exists("index.html")).isTrue();
        assertThat(site.exists("playbooks/setup-positioning/index.html")).isTrue();
        assertThat(site.exists("案例/超市/index.html")).isTrue();
        assertThat(site.exists("案例/images/store.txt")).isTrue();
        assertThat(site.exists("404.html")).isTrue();
    }

    @Test
    void percentEncodesChineseUrlsInLinksAndResolvesRelativeImages() {
        TestSite site = TestSite.write(dir, SITE).buildClean();
        String html = site.read("playbooks/setup-positioning/index.html");
        assertThat(html).contains("href=\"../../%E6%A1%88%E4%BE%8B/%E8%B6%85%E5%B8%82/\"");
        assertThat(site.read("案例/超市/index.html")).contains("src=\"../../%E6%A1%88%E4%BE%8B/images/store.txt\"");
    }

    @Test
    void leavesDraftsOutOfBuildButShowsThemWhenServing() {
        TestSite site = TestSite.write(dir, SITE).buildClean();
        assertThat(site.exists("drafts/index.html")).isFalse();
        site.build(BuildOptions.builder(dir.resolve("content"), site.output()).serving(true).build());
        assertThat(site.exists("drafts/index.html")).isTrue();
    }

    @Test
    void loadsTheLiveReloadScriptOnlyWhenServing() {
        TestSite site = TestSite.write(dir, SITE).buildClean();
        assertThat(site.read("index.html")).doesNotContain("_qunbook");
        site.build(BuildOptions.builder(dir.resolve("content"), site.output()).serving(true).build());
        assertThat(site.page("").select("script[src$=_qunbook/live-reload.js]")).hasSize(1);
    }

    @Test
    void failedBuildLeavesThePreviousSiteUntouched() throws IOException {
        TestSite site = TestSite.write(dir, SITE).buildClean();
        Map<String, String> before = snapshot(site.output());
        site.add("""
                -- content/playbooks/setup-positioning.md --
                ---
                title: 找准社群定位
                tittle: 拼写错误
                ---
                """);
        assertThat(site.build().written()).isFalse();
        assertThat(snapshot(site.output())).isEqualTo(before);
        try (Stream<Path> siblings = Files.list(dir)) {
            assertThat(siblings.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("content", "public");
        }
    }

    @Test
    void aBuildFailingAfterItsPagesWereWrittenStillLeavesThePreviousSiteUntouched() throws IOException {
        TestSite site = TestSite.write(dir, SITE).buildClean();
        Map<String, String> before = snapshot(site.output());
        // Pages are written to the staging folder as they render; the 404 page renders after them.
        site.add("""
                -- content/_theme/templates/404.ftlh --
                <p>${page.nosuchfield}</p>
                """);
        BuildResult result = site.build();
        assertThat(result.written()).isFalse();
        assertThat(TestSite.format(result.problems())).contains("404.ftlh");
        assertThat(snapshot(site.output())).isEqualTo(before);
        try (Stream<Path> siblings = Files.list(dir)) {
            assertThat(siblings.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("content", "public");
        }
    }

    @Test
    void twoBuildsOfTheSameInputAreByteIdentical() throws IOException {
        TestSite first = TestSite.write(dir.resolve("a"), SITE).buildClean();
        TestSite second = TestSite.write(dir.resolve("b"), SITE).buildClean();
        assertThat(snapshot(second.output())).isEqualTo(snapshot(first.output()));
    }

    @Test
    void refusesToReplaceAFolderThatIsNotABuiltSite() throws IOException {
        TestSite site = TestSite.write(dir, SITE);
        Path precious = dir.resolve("public/notes.txt");
        Files.createDirectories(precious.getParent());
        Files.writeString(precious, "keep me");
        BuildResult result = site.build();
        assertThat(result.written()).isFalse();
        assertThat(TestSite.format(result.problems())).contains("refusing to replace");
        assertThat(precious).hasContent("keep me");
    }

    @Test
    void checkWritesNothing() {
        TestSite site = TestSite.write(dir, SITE);
        BuildResult result = site.build(BuildOptions.builder(dir.resolve("content"), site.output()).write(false).build());
        assertThat(result.errors()).isZero();
        assertThat(site.output()).doesNotExist();
    }

    static Map<String, String> snapshot(Path root) throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                files.put(root.relativize(file).toString(), new String(Files.readAllBytes(file),
                        java.nio.charset.StandardCharsets.ISO_8859_1));
            }
        }
        return files;
    }
}
