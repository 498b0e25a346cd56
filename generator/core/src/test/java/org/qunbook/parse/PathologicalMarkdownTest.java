package org.qunbook.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.qunbook.testing.TestSite;

/**
 * Markdown that flexmark overflows its stack on or takes minutes over is refused with the file, the
 * line and the construct (like markdown-it's maxNesting); nesting a handbook can use still renders.
 * The timeouts only keep a regression from hanging the build; bench's Pathological measures time.
 */
class PathologicalMarkdownTest {

    private static final Duration GENEROUS = Duration.ofSeconds(60);
    private static final String ADVICE = "; Markdown like this takes the converter minutes or overflows it: split the "
            + "page or simplify the structure";

    @TempDir
    Path dir;

    private List<String> errors(String body) {
        TestSite site = TestSite.write(dir, TestSite.MINIMAL_CONFIG + "-- content/ok.md --\n---\ntitle: 好\n---\n正文\n"
                + "-- content/p.md --\n---\ntitle: 病态\n---\n" + body);
        return assertTimeoutPreemptively(GENEROUS, site::buildExpectingErrors);
    }

    @Test
    void listsNestedThousandsDeepAreRefusedAtTheLineTheyPassTheLimit() {
        String list = IntStream.range(0, 1000).mapToObj(i -> "  ".repeat(i) + "* a\n").collect(Collectors.joining());
        assertThat(errors("前言\n\n" + list)).containsExactly(
                "content/p.md:70:1: error: lists nested deeper than 64 levels" + ADVICE);
    }

    @Test
    void blockQuotesNestedThousandsDeepAreRefused() {
        assertThat(errors("> ".repeat(5000) + "a\n")).containsExactly(
                "content/p.md:4:1: error: block quotes nested deeper than 64 levels" + ADVICE);
    }

    @Test
    void nestedStrongEmphasisIsRefusedInsteadOfOverflowingTheStack() {
        assertThat(errors("*a **a ".repeat(20_000) + "b" + " a** a*".repeat(20_000))).containsExactly(
                "content/p.md:4:1: error: more than 10000 emphasis delimiters (*, _, ~) in one paragraph" + ADVICE);
    }

    @Test
    void manyLinkReferenceDefinitionsAreRefused() {
        String definitions = IntStream.range(0, 5000).mapToObj(i -> "[" + i + "]: u\n").collect(Collectors.joining());
        assertThat(errors(definitions)).containsExactly("content/p.md:2004:1: error: more than 2000 link reference "
                + "definitions ('[name]: url') in one page" + ADVICE);
    }

    @Test
    void thousandsOfFootnotesAreRefused() {
        String refs = IntStream.range(0, 3000).mapToObj(i -> "正文[^" + i + "]。\n").collect(Collectors.joining());
        String notes = IntStream.range(0, 3000).mapToObj(i -> "[^" + i + "]: 脚注\n").collect(Collectors.joining());
        assertThat(errors(refs + "\n" + notes)).containsExactly("content/p.md:4005:1: error: more than 1000 "
                + "footnotes ('[^name]: text') in one page" + ADVICE);
    }

    @Test
    void aFiftyThousandRowTableIsRefusedAtItsStart() {
        assertThat(errors("前言\n\n| 甲 | 乙 |\n|---|---|\n" + "| 一 | 二 |\n".repeat(50_000))).containsExactly(
                "content/p.md:6:1: error: more than 5000 lines in one paragraph or table without a blank line" + ADVICE);
    }

    @Test
    void longRunsOfBackticksAreRefused() {
        String runs = IntStream.rangeClosed(1, 3000).mapToObj(i -> "e" + "`".repeat(i)).collect(Collectors.joining());
        assertThat(errors(runs)).containsExactly("content/p.md:4:1: error: more than 2000 runs of backticks (code "
                + "spans) in one paragraph" + ADVICE);
    }

    @Test
    void nestingAHandbookCanUseStillRenders() {
        String list = IntStream.range(0, 60).mapToObj(i -> "  ".repeat(i) + "* 第" + i + "层\n")
                .collect(Collectors.joining());
        TestSite site = TestSite.write(dir, TestSite.MINIMAL_CONFIG + "-- content/p.md --\n---\ntitle: 深\n---\n"
                + "> ".repeat(60) + "引用\n\n" + list);
        assertTimeoutPreemptively(GENEROUS, site::buildClean);
        assertThat(site.page("p/").select("main blockquote")).hasSize(60);
        assertThat(site.page("p/").select("main li:containsOwn(第59层)")).hasSize(1);
    }
}
