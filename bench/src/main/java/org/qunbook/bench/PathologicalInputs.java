package org.qunbook.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.IntFunction;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * Pathological page bodies: the cases of cmark's pathological test suite (its
 * {@code test/pathological_tests.py} list, re-created from the descriptions, at that suite's sizes)
 * and floods of qunbook's own syntax. Each is the body of one page of a one-page site that has the
 * handbook's configuration and plugins, and a small glossary ({@link #writeSite}); every one must build, or be
 * refused with an error naming the page, in at most 4 s with time linear in its size.
 */
public final class PathologicalInputs {

    /**
     * One input.
     *
     * @param name  what it is
     * @param size  cmark's size (repetitions), the one the 4 s limit applies to
     * @param body  the page body for a number of repetitions
     * @param type  the section the page goes in ({@code playbooks}, or {@code scripts} for script templates)
     */
    public record Case(String name, int size, IntFunction<String> body, String type) {
        Case(String name, int size, IntFunction<String> body) {
            this(name, size, body, "playbooks");
        }
    }

    private PathologicalInputs() {
    }

    private static String repeat(String s, int n) {
        return s.repeat(n);
    }

    public static final List<Case> CMARK = List.of(
            new Case("nested strong emph", 65_000, n -> repeat("*a **a ", n) + "b" + repeat(" a** a*", n)),
            new Case("many emph closers with no openers", 65_000, n -> repeat("a_ ", n)),
            new Case("many emph openers with no closers", 65_000, n -> repeat("_a ", n)),
            new Case("many 3-emph openers with no closers", 65_000, n -> repeat("a***", n)),
            new Case("many link closers with no openers", 65_000, n -> repeat("a]", n)),
            new Case("many link openers with no closers", 65_000, n -> repeat("[a", n)),
            new Case("mismatched openers and closers", 50_000, n -> repeat("*a_ ", n)),
            new Case("openers and closers multiple of 3", 50_000, n -> "a**b" + repeat("c* ", n)),
            new Case("link openers and emph closers", 50_000, n -> repeat("[ a_", n)),
            new Case("pattern [ (]( repeated", 80_000, n -> repeat("[ (](", n)),
            new Case("pattern ![[]() repeated", 160_000, n -> repeat("![[]()", n)),
            new Case("nested brackets", 50_000, n -> repeat("[", n) + "a" + repeat("]", n)),
            new Case("nested block quotes", 50_000, n -> repeat("> ", n) + "a\n"),
            new Case("deeply nested lists", 1_000, n -> IntStream.range(0, n)
                    .mapToObj(i -> "  ".repeat(i) + "* a\n").reduce("", String::concat)),
            new Case("U+0000 in input", 1_000, n -> repeat("abc\u0000de\u0000", n)),
            new Case("backticks", 5_000, n -> IntStream.rangeClosed(1, n)
                    .mapToObj(i -> "e" + "`".repeat(i)).reduce(new StringBuilder(), StringBuilder::append,
                            StringBuilder::append).toString()),
            new Case("unclosed links A", 30_000, n -> repeat("[a](<b", n)),
            new Case("unclosed links B", 30_000, n -> repeat("[a](b", n)),
            new Case("unclosed <!--", 100_000, n -> "</" + repeat("<!--", n)),
            new Case("many link references", 50_000, n -> IntStream.range(0, n)
                    .mapToObj(i -> "[" + i + "]: u\n").reduce(new StringBuilder(), StringBuilder::append,
                            StringBuilder::append) + "\n" + repeat("[0] ", n)),
            new Case("many html openers and closers", 50_000, n -> repeat("<>", n)),
            new Case("many html blocks", 50_000, n -> repeat("<div>\n\n", n)),
            new Case("emph in link", 50_000, n -> repeat("[*a](b) ", n)));

    public static final List<Case> QUNBOOK = List.of(
            new Case("admonitions", 20_000, n -> repeat("!!! tip \"小技巧\"\n    提示内容。\n\n", n)),
            new Case("checklist containers", 5_000, n -> IntStream.range(0, n)
                    .mapToObj(i -> "::: checklist 清单" + i + " {#c" + i + "}\n- [ ] 第一步\n- [x] 第二步\n:::\n\n")
                    .reduce(new StringBuilder(), StringBuilder::append, StringBuilder::append).toString()),
            new Case("script fences and placeholders", 5_000, n -> repeat("```script 正式版\n欢迎{{品牌名}}！{{品牌名}}\n```\n\n", n),
                    "scripts"),
            new Case("CJK emphasis", 20_000, n -> repeat("**“私域”**流量 ", n)),
            new Case("CJK strikethrough", 20_000, n -> repeat("~~删掉~~的字 ", n)),
            new Case("footnotes", 20_000, n -> IntStream.range(0, n).mapToObj(i -> "正文[^" + i + "]。\n")
                    .reduce(new StringBuilder(), StringBuilder::append, StringBuilder::append) + "\n"
                    + IntStream.range(0, n).mapToObj(i -> "[^" + i + "]: 脚注" + i + "\n")
                    .reduce(new StringBuilder(), StringBuilder::append, StringBuilder::append)),
            new Case("table rows", 50_000, n -> "| 甲 | 乙 |\n|---|---|\n" + repeat("| 一 | 二 |\n", n)),
            new Case("glossary terms on a huge page", 20_000, n -> repeat("私域流量和复购率、ARPU、爆款。", n)),
            new Case("headings with the same text", 10_000, n -> repeat("## 同名标题\n\n正文\n\n", n)),
            new Case("bare www. autolinks", 50_000, n -> repeat("www.example.com ", n)),
            new Case("task list items", 20_000, n -> IntStream.range(0, n).mapToObj(i -> "- [ ] 待办" + i + "\n")
                    .reduce(new StringBuilder(), StringBuilder::append, StringBuilder::append).toString()),
            new Case("raw HTML to filter", 20_000, n -> repeat("<span onclick=\"x()\">a</span><script>b</script> ", n)),
            new Case("nested block quotes and lists", 5_000, n -> repeat("> ", n) + "a\n"
                    + IntStream.range(0, 3_000).mapToObj(i -> "  ".repeat(i) + "* a\n")
                    .reduce(new StringBuilder(), StringBuilder::append, StringBuilder::append)));

    public static List<Case> all() {
        return Stream.concat(CMARK.stream(), QUNBOOK.stream()).toList();
    }

    /**
     * Writes a one-page site under {@code root}: the handbook's {@code qunbook.yml} (from
     * {@code handbook}, the repository's {@code content/}), four glossary terms, the four setup steps
     * the checklist plugin wants, and the case's page.
     *
     * @return the page's file
     */
    public static Path writeSite(Path root, Path handbook, Case c, int n) {
        try {
            Path content = Files.createDirectories(root.resolve("content"));
            Files.copy(handbook.resolve("qunbook.yml"), content.resolve("qunbook.yml"));
            Path glossary = Files.createDirectories(content.resolve("glossary"));
            String[][] terms = {{"siyu", "私域流量", "私域"}, {"fugoulv", "复购率", "復購率"}, {"arpu", "ARPU", "每用户平均收入"},
                    {"baokuan", "爆款", "爆品"}};
            for (String[] term : terms) {
                Files.writeString(glossary.resolve(term[0] + ".md"), "---\ntitle: " + term[1] + "\nterm: " + term[1]
                        + "\naliases: [\"" + term[2] + "\"]\nsummary: 术语" + term[1] + "\n---\n释义。\n", StandardCharsets.UTF_8);
            }
            Path playbooks = Files.createDirectories(content.resolve("playbooks"));
            for (int step = 1; step <= 4; step++) {
                // the handbook's checklist plugin wants its four setup steps
                Files.writeString(playbooks.resolve("step-" + step + ".md"), "---\ntitle: 第" + step + "步\nsummary: 步骤\n"
                        + "setup_step: " + step + "\n---\n- [ ] 做完\n", StandardCharsets.UTF_8);
            }
            Path page = Files.createDirectories(content.resolve(c.type())).resolve("p.md");
            String frontMatter = c.type().equals("scripts")
                    ? "---\ntitle: 病态输入\nsummary: 测试\nscenario: welcome\nvariables:\n  - name: 品牌名\n"
                    + "    label: 品牌名\n    example: 某品牌\n---\n"
                    : "---\ntitle: 病态输入\nsummary: 测试\n---\n";
            Files.writeString(page, frontMatter + c.body().apply(n), StandardCharsets.UTF_8);
            return page;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
