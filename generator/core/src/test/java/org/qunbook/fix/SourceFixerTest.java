package org.qunbook.fix;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.qunbook.api.Fix;
import org.qunbook.api.Problem;
import org.qunbook.api.SourcePosition;
import org.qunbook.testing.TestSite;

/** Planning fixes: offsets after the front matter, BOM and CRLF kept, duplicates once, overlaps later. */
class SourceFixerTest {

    @TempDir
    Path dir;

    private Problem fixable(String rule, int start, int end, String text) {
        return Problem.warning(new SourcePosition("content/a.md", 4, 1), "x [" + rule + "]")
                .withFix(new Fix(start, end, text));
    }

    @Test
    void appliesFixesInTheBodyKeepingTheByteOrderMarkAndCrlf() throws Exception {
        Path file = dir.resolve("content/a.md");
        Files.createDirectories(file.getParent());
        Files.write(file, "\uFEFF---\r\ntitle: 甲\r\n---\r\n这是1V1沟通\r\n".getBytes(StandardCharsets.UTF_8));
        List<FileChange> changes = new SourceFixer(dir.resolve("content")).plan(List.of(
                fixable("space-word", 0, 7, "这是 1V1 沟通"),
                fixable("space-word", 0, 7, "这是 1V1 沟通"),
                fixable("other", 2, 2, "!"),
                Problem.warning(new SourcePosition("content/a.md", 4, 1), "no fix")), List.of());
        assertThat(changes).singleElement().satisfies(change -> {
            assertThat(change.after()).isEqualTo("\uFEFF---\r\ntitle: 甲\r\n---\r\n这是 1V1 沟通\r\n");
            assertThat(change.fixed()).containsExactlyEntriesOf(java.util.Map.of("space-word", 2));
            assertThat(change.diff()).isEqualTo("""
                    --- a/content/a.md
                    +++ b/content/a.md
                    @@ -1,4 +1,4 @@
                     ---
                     title: 甲
                     ---
                    -这是1V1沟通
                    +这是 1V1 沟通
                    """);
        });
    }

    @Test
    void aFixThatLeavesItsLineOrTheBodyIsNotApplied() throws Exception {
        TestSite.write(dir, "-- content/a.md --\n---\ntitle: 甲\n---\n一\n二\n");
        List<Problem> problems = List.of(fixable("x", 0, 3, "一二"), fixable("y", 2, 40, "三"),
                fixable("z", 0, 1, "一\n"));
        assertThat(new SourceFixer(dir.resolve("content")).plan(problems, List.of())).isEmpty();
    }

    @Test
    void pathsLimitThePlan() throws Exception {
        TestSite.write(dir, "-- content/a.md --\n---\ntitle: 甲\n---\n一\n");
        List<Problem> problems = List.of(fixable("x", 0, 1, "二"));
        SourceFixer fixer = new SourceFixer(dir.resolve("content"));
        assertThat(fixer.plan(problems, List.of(dir.resolve("content/b.md")))).isEmpty();
        assertThat(fixer.plan(problems, List.of(dir.resolve("content")))).hasSize(1);
    }
}
