package org.qunbook.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.qunbook.build.Build;
import org.qunbook.build.BuildOptions;
import org.qunbook.build.BuildResult;
import org.qunbook.testing.TestSite;

class SyntheticSiteTest {

    @Test
    void theSameSeedGivesTheSameBytes(@TempDir Path dir) throws IOException {
        SyntheticSite.generate(60, 7).writeQunbook(dir.resolve("a/content"));
        SyntheticSite.generate(60, 7).writeQunbook(dir.resolve("b/content"));
        SyntheticSite.generate(60, 7).writeHugo(dir.resolve("a/hugo"));
        SyntheticSite.generate(60, 7).writeHugo(dir.resolve("b/hugo"));

        List<Path> files = files(dir.resolve("a"));
        assertThat(files).hasSize(1 + 60 + 500 + 12 + 6 + 60 + 500 + 12).isEqualTo(files(dir.resolve("b")));
        for (Path file : files) {
            assertThat(Files.readAllBytes(dir.resolve("b").resolve(file)))
                    .as(file.toString()).isEqualTo(Files.readAllBytes(dir.resolve("a").resolve(file)));
        }
        assertThat(SyntheticSite.generate(60, 8).qunbookFiles()).isNotEqualTo(SyntheticSite.generate(60, 7).qunbookFiles());
    }

    @Test
    void pagesHaveAboutFifteenHundredChineseCharactersAndEveryKindOfMarkup() {
        String page = SyntheticSite.generate(50, 1).qunbookFiles().stream()
                .filter(f -> f.path().equals("playbooks/p0001.md")).findFirst().orElseThrow().text();
        long han = page.codePoints().filter(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN).count();
        assertThat(han).isBetween(1300L, 2000L);
        assertThat(page).contains("\n## 概述\n", "\n|---|---:|---|\n", "\n- [ ] 第1项：", "\n1. ", "](p0002.md)",
                "#概述)", "](../glossary/g", "\n> ");
    }

    @Test
    void aFiftyPageSiteBuildsStrictlyWithoutAnyProblem(@TempDir Path dir) throws IOException {
        SyntheticSite.generate(50, 1).writeQunbook(dir.resolve("content"));

        BuildResult result = new Build(BuildOptions.builder(dir.resolve("content"), dir.resolve("public"))
                .strict(true).build()).run();

        assertThat(result.problems()).as(TestSite.format(result.problems())).isEmpty();
        assertThat(result.written()).isTrue();
        // The pages, the 500 terms, home, 11 section pages and the checklist plugin's setup page.
        assertThat(result.pages()).isEqualTo(50 + 500 + 12 + 1);
        String playbook = Files.readString(dir.resolve("public/playbooks/p0000/index.html"), StandardCharsets.UTF_8);
        assertThat(playbook).contains("class=\"glossary-term\"", "class=\"checklist\"", "href=\"../../playbooks/p0001/\"");
    }

    @Test
    void hugoBuildsTheSameSiteWithoutAnyMessage(@TempDir Path dir) throws Exception {
        assumeTrue(Stream.of(System.getenv("PATH").split(File.pathSeparator))
                .anyMatch(p -> Files.isExecutable(Path.of(p, "hugo"))), "hugo is not installed");
        SyntheticSite.generate(50, 1).writeHugo(dir.resolve("hugo"));

        Process hugo = new ProcessBuilder("hugo", "--quiet", "-s", dir.resolve("hugo").toString(),
                "-d", dir.resolve("public").toString()).redirectErrorStream(true).start();
        String output = new String(hugo.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(hugo.waitFor(2, TimeUnit.MINUTES)).isTrue();

        assertThat(output).isEmpty();
        assertThat(hugo.exitValue()).isZero();
        String playbook = Files.readString(dir.resolve("public/playbooks/p0000/index.html"), StandardCharsets.UTF_8);
        assertThat(playbook).contains("<h2 id=\"概述\">", "<table>", "type=\"checkbox\"", "href=\"/playbooks/p0001/\"");
    }

    private static List<Path> files(Path root) throws IOException {
        List<Path> files = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(root)) {
            walk.filter(Files::isRegularFile).sorted().forEach(f -> files.add(root.relativize(f)));
        }
        return files;
    }
}
