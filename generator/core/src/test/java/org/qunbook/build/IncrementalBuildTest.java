package org.qunbook.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.qunbook.testing.TestSite;

/**
 * {@code serve}'s incremental rebuilds ({@link BuildCache}): a save re-renders and rewrites only
 * the pages whose output changes, and the result is always the same as a full build's.
 */
class IncrementalBuildTest {

    private static final String SITE = TestSite.MINIMAL_CONFIG + """
            -- content/guide/_index.md --
            ---
            title: 指南
            ---
            -- content/guide/a.md --
            ---
            title: 甲篇
            weight: 1
            ---
            正文甲。见[乙篇](b.md)。
            -- content/guide/b.md --
            ---
            title: 乙篇
            weight: 2
            ---
            正文乙。
            -- content/guide/c.md --
            ---
            title: 丙篇
            weight: 3
            ---
            正文丙。
            """;

    @TempDir
    Path dir;

    private TestSite site;
    private final BuildCache cache = new BuildCache();

    @BeforeEach
    void firstBuild() throws Exception {
        site = TestSite.write(dir, SITE);
        assertThat(build().written()).isTrue();
        age(site.output());
    }

    @Test
    void aBodyEditRewritesOnlyThatPageAndTheSearchIndex() throws Exception {
        site.add("-- content/guide/c.md --\n---\ntitle: 丙篇\nweight: 3\n---\n改过的正文丙。\n");
        assertThat(build().written()).isTrue();

        // the page, its snippet text, and index shards (their scores depend on every page's length) and
        // the meta file (shard keys, fold table of the terms); no other page's text, no display data
        assertThat(rewritten()).filteredOn(p -> !p.startsWith("search/shards/") && !p.equals("search/meta.js"))
                .containsExactlyInAnyOrder("guide/c/index.html", "search/texts/" + textNumberOf("丙篇") + ".js");
        assertThat(rewritten()).anyMatch(p -> p.startsWith("search/shards/"));
        assertThat(site.page("guide/c/").text()).contains("改过的正文丙");
        assertThat(sameAsFullBuild()).isTrue();
    }

    @Test
    void aTitleEditRerendersThePagesThatShowIt() throws Exception {
        site.add("-- content/guide/b.md --\n---\ntitle: 新乙篇\nweight: 2\n---\n正文乙。\n");
        assertThat(build().written()).isTrue();

        // Every sidebar lists it; a links to it; a and c have it as next/previous.
        assertThat(site.page("guide/a/").select("a[rel=next]").text()).contains("新乙篇");
        assertThat(site.page("guide/c/").select("nav.sidebar").text()).contains("新乙篇");
        assertThat(rewritten()).contains("guide/a/index.html", "guide/b/index.html", "guide/c/index.html",
                "guide/index.html", "index.html");
        assertThat(sameAsFullBuild()).isTrue();
    }

    @Test
    void aDeletedPageDisappearsAndAFailedRebuildKeepsTheLastGoodSite() throws Exception {
        Files.delete(site.root().resolve("content/guide/c.md"));
        assertThat(build().written()).isTrue();
        assertThat(site.exists("guide/c/index.html")).isFalse();
        assertThat(sameAsFullBuild()).isTrue();

        site.add("-- content/guide/a.md --\n---\ntitle: 甲篇\n---\n见[不存在](missing.md)。\n");
        assertThat(build().written()).isFalse();
        assertThat(site.page("guide/a/").text()).contains("正文甲");
    }

    @Test
    void aQuickRenderWritesTheEditedPageAtOnceAndTheRebuildDoesNotWriteItAgain() throws Exception {
        site.add("-- content/guide/c.md --\n---\ntitle: 丙篇\nweight: 3\n---\n改过的正文丙。见[甲篇](a.md)。\n");
        Path edited = site.root().resolve("content/guide/c.md");

        assertThat(cache.quickRender().orElseThrow().render(List.of(edited))).contains(List.of("guide/c/index.html"));
        assertThat(rewritten()).containsExactly("guide/c/index.html");
        assertThat(site.page("guide/c/").text()).contains("改过的正文丙");
        assertThat(site.page("guide/c/").select("a[rel=prev]").text()).contains("乙篇");

        List<Set<String>> writtenByRebuild = new ArrayList<>();
        cache.onPagesWritten(writtenByRebuild::add);
        assertThat(build().written()).isTrue();
        assertThat(sameAsFullBuild()).isTrue();
        assertThat(writtenByRebuild).hasSize(1);
        assertThat(writtenByRebuild.get(0)).doesNotContain("guide/c/index.html");
        // Saved again unchanged: nothing to write.
        assertThat(cache.quickRender().orElseThrow().render(List.of(edited))).contains(List.of());
    }

    @Test
    void aQuickRenderLeavesToTheRebuildEditsBeyondTheBodyNewPagesAndPagesWithErrors() throws Exception {
        site.add("-- content/guide/b.md --\n---\ntitle: 新乙篇\nweight: 2\n---\n正文乙。\n");
        assertThat(cache.quickRender().orElseThrow().render(List.of(site.root().resolve("content/guide/b.md"))))
                .isEmpty();
        site.add("-- content/guide/d.md --\n---\ntitle: 丁篇\n---\n正文丁。\n");
        assertThat(cache.quickRender().orElseThrow().render(List.of(site.root().resolve("content/guide/d.md"))))
                .isEmpty();
        site.add("-- content/guide/c.md --\n---\ntitle: 丙篇\nweight: 3\n---\n见[不存在](missing.md)。\n");
        assertThat(cache.quickRender().orElseThrow().render(List.of(site.root().resolve("content/guide/c.md"))))
                .isEmpty();
        assertThat(rewritten()).isEmpty();

        assertThat(build().written()).isFalse();
        assertThat(cache.quickRender()).as("no quick render after a failed build: it would hide the errors").isEmpty();
    }

    private BuildResult build() {
        return new Build(BuildOptions.of(site.root().resolve("content"), site.output()), cache).run();
    }

    private static final FileTime OLD = FileTime.from(Instant.parse("2001-01-01T00:00:00Z"));

    private static void age(Path folder) throws Exception {
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : (Iterable<Path>) files.filter(Files::isRegularFile)::iterator) {
                Files.setLastModifiedTime(file, OLD);
            }
        }
    }

    /** Files written since {@link #age}. */
    private java.util.List<String> rewritten() throws Exception {
        try (Stream<Path> files = Files.walk(site.output())) {
            return files.filter(Files::isRegularFile).filter(f -> {
                try {
                    return !Files.getLastModifiedTime(f).equals(OLD);
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }).map(f -> site.output().relativize(f).toString()).sorted().toList();
        }
    }

    private boolean sameAsFullBuild() throws Exception {
        Path full = dir.resolve("full");
        assertThat(new Build(BuildOptions.of(site.root().resolve("content"), full)).run().written()).isTrue();
        assertThat(contents(site.output())).isEqualTo(contents(full));
        return true;
    }

    private static Map<String, String> contents(Path folder) throws Exception {
        Map<String, String> contents = new TreeMap<>();
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : (Iterable<Path>) files.filter(Files::isRegularFile)::iterator) {
                contents.put(folder.relativize(file).toString(), java.util.HexFormat.of()
                        .formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file))));
            }
        }
        return contents;
    }

    /** The number of the search document titled {@code title} (its snippet text is {@code search/texts/N.js}). */
    private int textNumberOf(String title) throws Exception {
        String docs = Files.readString(site.output().resolve("search/docs/0.js"));
        java.util.regex.Matcher titles = java.util.regex.Pattern.compile("\"title\":\"([^\"]*)\"").matcher(docs);
        for (int n = 0; titles.find(); n++) {
            if (titles.group(1).equals(title)) {
                return n;
            }
        }
        throw new AssertionError("no search document titled " + title);
    }
}
