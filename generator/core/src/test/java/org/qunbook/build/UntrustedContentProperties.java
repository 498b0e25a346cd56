package org.qunbook.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterProperty;
import net.jqwik.api.lifecycle.BeforeProperty;
import org.qunbook.api.Problem;

/**
 * Fuzzing the build with generated sites: {@code qunbook.yml} values, file names, front matter and
 * Markdown mixing every syntax qunbook knows (raw HTML, CJK emphasis, admonitions, footnotes,
 * tables, attributes, placeholders...). Whatever the input: the build succeeds or reports problems
 * that name a file; no exception or error escapes; nothing is written outside the output folder; a
 * failed build leaves the previous output as it was. Bounded (tries, sizes) so CI stays quick.
 */
class UntrustedContentProperties {

    private Path root;

    @BeforeProperty
    void createRoot() throws IOException {
        root = Files.createTempDirectory("qunbook-fuzz");
    }

    @AfterProperty
    void deleteRoot() throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(file);
            }
        }
    }

    /** One generated site: its config and pages by file name. */
    record Site(String config, Map<String, String> pages) {
    }

    @Property(tries = 30, seed = "20261202")
    void anyContentBuildsOrIsReportedWithoutTouchingAnythingElse(@ForAll("sites") Site generated) throws IOException {
        Path site = Files.createTempDirectory(root, "site");
        Path content = site.resolve("content");
        Path output = site.resolve("public");
        Path outsideMarker = Files.writeString(site.resolve("outside.txt"), "keep me");
        // A previous good build.
        write(content, Map.of("qunbook.yml", "title: 好站点\n", "_index.md", "---\ntitle: 首页\n---\n欢迎。\n"));
        BuildResult first = new Build(BuildOptions.of(content, output)).run();
        assertThat(first.written()).as(first.problems().toString()).isTrue();
        Map<String, String> before = snapshot(output);

        deleteTree(content);
        Map<String, String> files = new TreeMap<>(generated.pages());
        files.put("qunbook.yml", generated.config());
        write(content, files);
        Map<String, String> sources = snapshot(site, output);

        BuildResult result = new Build(BuildOptions.of(content, output)).run(); // must not throw

        if (!result.written()) {
            assertThat(result.problems()).filteredOn(Problem::isError).isNotEmpty()
                    .allSatisfy(p -> assertThat(p.position().file()).isNotBlank());
            assertThat(snapshot(output)).isEqualTo(before);
        }
        assertThat(snapshot(site, output)).as("nothing outside the output folder changes").isEqualTo(sources);
        assertThat(Files.readString(outsideMarker)).isEqualTo("keep me");
        try (Stream<Path> siblings = Files.list(site)) {
            assertThat(siblings.map(p -> p.getFileName().toString()))
                    .containsExactlyInAnyOrder("content", "public", "outside.txt");
        }
    }

    @Provide
    Arbitrary<Site> sites() {
        Arbitrary<String> config = Combinators.combine(
                text(0, 12), Arbitraries.of("zh-CN", "en", "fr", ""), Arbitraries.of("/", "/docs/", "https://例子.com/x",
                        "../..", "javascript:alert(1)"), Arbitraries.of("true", "false", "maybe"),
                Arbitraries.of("true", "false", "1")).as((title, language, base, search, unsafe) ->
                "title: " + yamlScalar(title) + "\n" + (language.isEmpty() ? "" : "language: " + language + "\n")
                        + "base_url: " + yamlScalar(base) + "\nsearch: { enabled: " + search + " }\n"
                        + "markdown: { unsafe_html: " + unsafe + " }\n");
        Arbitrary<Map<String, String>> pages = Arbitraries.maps(fileName(), page()).ofMinSize(0).ofMaxSize(5);
        return Combinators.combine(config, pages).as(Site::new);
    }

    private Arbitrary<String> fileName() {
        Arbitrary<String> stem = Arbitraries.strings().withChars("abc中文-_. 群%#?")
                .withCharRange('\u00e0', '\u00e5').ofMinLength(1).ofMaxLength(10)
                .filter(s -> !s.equals(".") && !s.equals("..") && !s.startsWith("."));
        Arbitrary<String> folder = Arbitraries.of("", "playbooks/", "_theme/", "a b/", "深/层/");
        return Combinators.combine(folder, stem, Arbitraries.of(".md", ".md", ".txt", ".png", ""))
                .as((f, s, ext) -> f + s + ext).filter(n -> !n.equals("qunbook.yml"));
    }

    private Arbitrary<String> page() {
        Arbitrary<String> frontMatter = Combinators.combine(text(0, 10), Arbitraries.of("", "weight: 3\n",
                        "weight: heavy\n", "slug: ../../escape\n", "slug: 新/路径\n", "aliases: [\"/old/\", \"../../x\"]\n",
                        "tags: [甲, 乙]\n", "tags: 甲\n", "draft: true\n", "tittle: x\n", "date: 2026-13-45\n",
                        "summary: \"<script>alert(1)</script>\"\n"), Arbitraries.of("---\n", "---\n", "", "--\n"))
                .as((title, extra, close) -> "---\ntitle: " + yamlScalar(title) + "\n" + extra + close);
        Arbitrary<String> body = Arbitraries.of(MARKDOWN).list().ofMaxSize(12).map(parts -> String.join("\n", parts));
        return Combinators.combine(frontMatter, body).as(String::concat);
    }

    private static final List<String> MARKDOWN = List.of(
            "# 标题\n", "## 同名\n", "## 同名\n", "正文**“私域”**流量，~~删掉~~，*强调*_下划线_\n",
            "- [ ] 任务\n- [x] 完成\n", "1. 一\n   2. 二\n", "> 引用\n> > 嵌套\n", "| 甲 | 乙 |\n|---|:-:|\n| 1 | 2 |\n",
            "脚注[^1]\n\n[^1]: 脚注文字\n", "!!! tip \"小技巧\"\n    提示。\n", "!!! warning\n    警告\n",
            "[TOC]\n", "段落 {.note #id onclick=\"x()\"}\n", "[链接](other.md) [坏链接](missing.md#不存在)\n",
            "[js](javascript:alert(1)) ![图](data:text/html,x) ![图](x.png)\n", "www.example.com 和 https://例子.com\n",
            "<script>alert(1)</script>\n", "<details><summary>更多</summary>\n\n内容\n\n</details>\n",
            "<div onclick=\"x()\" style=\"color:red\"><iframe src=\"https://x\"></iframe>\n", "</div></span>\n",
            "```script 正式版\n欢迎{{品牌}}！{{ 坏 }}\n```\n", "```\ncode <b>\n```\n", "`行内` `` ` `` \n",
            "::: checklist 清单 {#c}\n- [ ] 一\n:::\n", "术语\n: 定义\n", "[ref]: https://example.com\n[ref]\n",
            "<!-- 注释 -->\n", "\u0000\uFFFD\uD83D\uDE00\n", "***\n", "   \t缩进\n", "{{变量}}\n", "[[\n", "*" .repeat(50) + "\n",
            "> ".repeat(70) + "深\n");

    private static Arbitrary<String> text(int min, int max) {
        return Arbitraries.strings().withChars("abcXYZ 社群运营：“”'\"\\#:-[]{}&<>|*!%@`").ofMinLength(min).ofMaxLength(max);
    }

    private static String yamlScalar(String value) {
        return "\"" + value.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    private static void write(Path content, Map<String, String> files) throws IOException {
        for (Map.Entry<String, String> file : files.entrySet()) {
            Path path = content.resolve(file.getKey()).normalize();
            if (!path.startsWith(content)) {
                continue;
            }
            Files.createDirectories(path.getParent());
            if (!Files.isDirectory(path)) {
                Files.writeString(path, file.getValue(), StandardCharsets.UTF_8);
            }
        }
    }

    private static void deleteTree(Path folder) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(file);
            }
        }
    }

    /** Every file under {@code folder} (except under {@code skip}) with its bytes, as text for a readable diff. */
    private static Map<String, String> snapshot(Path folder, Path... skip) {
        Map<String, String> files = new TreeMap<>();
        if (!Files.exists(folder)) {
            return files;
        }
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                if (Stream.of(skip).anyMatch(file::startsWith)) {
                    continue;
                }
                files.put(folder.relativize(file).toString(), new String(Files.readAllBytes(file),
                        StandardCharsets.ISO_8859_1));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }
}
