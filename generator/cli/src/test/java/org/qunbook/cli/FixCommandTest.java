package org.qunbook.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.qunbook.testing.GoldenFiles;
import org.qunbook.testing.TestSite;
import picocli.CommandLine;

/**
 * {@code qunbook fix}: golden files for a page with every Markdown construct (LF, then CRLF with a
 * byte-order mark), a second run that changes nothing, {@code --check}'s exit codes, the diff.
 */
class FixCommandTest {

    private static final Path INPUT = Path.of("src/test/resources/fix/every-construct.md");
    private static final Path FIXED = Path.of("src/test/resources/fix/every-construct.fixed.md");
    private static final String CONFIG = """
            -- content/qunbook.yml --
            title: 测试
            types:
              script-template: { folder: scripts, label: 话术 }
            plugins:
              - name: copyedit
            -- content/_copyedit/vocabulary.yml --
            常规爆款: [常规畅销品]
            """;

    @TempDir
    Path dir;

    private StringWriter out = new StringWriter();
    private StringWriter err = new StringWriter();

    private int run(String... args) {
        out = new StringWriter();
        err = new StringWriter();
        CommandLine cli = new CommandLine(new Main());
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        return cli.execute(args);
    }

    private Path page(String text) throws IOException {
        TestSite.write(dir, CONFIG);
        Path file = dir.resolve("content/scripts/every.md");
        Files.createDirectories(file.getParent());
        Files.write(file, text.getBytes(StandardCharsets.UTF_8));
        return file;
    }

    @Test
    void fixesEveryConstructItShouldAndNothingElse() throws IOException {
        Path file = page(Files.readString(INPUT));
        assertThat(run("fix", "-s", dir.resolve("content").toString())).isZero();
        String fixed = Files.readString(file);
        if (GoldenFiles.updating()) {
            Files.writeString(FIXED, fixed);
        }
        assertThat(fixed).isEqualTo(Files.readString(FIXED));
        assertThat(out.toString()).contains("Fixed ").contains(" problems in 1 file (");
        assertThat(out.toString()).contains("; 1 problem needs a hand edit, see 'qunbook check'");
    }

    @Test
    void keepsCrlfLineEndingsAndTheByteOrderMark() throws IOException {
        String crlf = "\uFEFF" + Files.readString(INPUT).replace("\n", "\r\n");
        Path file = page(crlf);
        assertThat(run("fix", "-s", dir.resolve("content").toString())).isZero();
        byte[] expected = ("\uFEFF" + Files.readString(FIXED).replace("\n", "\r\n")).getBytes(StandardCharsets.UTF_8);
        assertThat(Files.readAllBytes(file)).isEqualTo(expected);
    }

    @Test
    void aSecondRunChangesNothing() throws IOException {
        Path file = page(Files.readString(INPUT));
        run("fix", "-s", dir.resolve("content").toString());
        byte[] once = Files.readAllBytes(file);
        assertThat(run("fix", "-s", dir.resolve("content").toString())).isZero();
        assertThat(Files.readAllBytes(file)).isEqualTo(once);
        assertThat(out.toString()).startsWith("Nothing to fix");
        assertThat(run("fix", "--check", "-s", dir.resolve("content").toString())).isZero();
    }

    @Test
    void checkPrintsTheDiffExitsOneAndWritesNothing() throws IOException {
        String text = "---\ntitle: 甲\n---\n\n第一行\n第二行\n这是1V1沟通,常规畅销品!\n第四行\n";
        Path file = page(text);
        assertThat(run("fix", "--check", "-s", dir.resolve("content").toString())).isEqualTo(1);
        assertThat(Files.readString(file)).isEqualTo(text);
        assertThat(out.toString()).isEqualTo("""
                --- a/content/scripts/every.md
                +++ b/content/scripts/every.md
                @@ -4,5 +4,5 @@
                 \n\
                 第一行
                 第二行
                -这是1V1沟通,常规畅销品!
                +这是 1V1 沟通，常规爆款！
                 第四行
                1 file would change: 4 fixable problems (fullwidth 2, space-word 1, vocabulary 1); run 'qunbook fix' to apply
                """);
    }

    @Test
    void pathsLimitWhichFilesAreFixed() throws IOException {
        Path first = page("---\ntitle: 甲\n---\n这是1V1沟通\n");
        Path second = dir.resolve("content/b.md");
        Files.writeString(second, "---\ntitle: 乙\n---\n这是1V1沟通\n");
        assertThat(run("fix", "-s", dir.resolve("content").toString(), second.toString())).isZero();
        assertThat(Files.readString(second)).endsWith("这是 1V1 沟通\n");
        assertThat(Files.readString(first)).endsWith("这是1V1沟通\n");
        assertThat(run("fix", "-s", dir.resolve("content").toString(), dir.resolve("nope.md").toString()))
                .isEqualTo(2);
        assertThat(err.toString()).startsWith("qunbook fix: no such file or folder: ");
    }
}
