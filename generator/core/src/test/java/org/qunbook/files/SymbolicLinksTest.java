package org.qunbook.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.qunbook.archetype.NewPageWriter;
import org.qunbook.build.BuildResult;
import org.qunbook.config.SiteConfigLoader;
import org.qunbook.problem.Problems;
import org.qunbook.testing.TestSite;
import org.qunbook.text.PinyinOrder;

/**
 * Content is untrusted: a symbolic link in a pull request must not publish a file from outside the
 * site (in CI, {@code /proc/self/environ} holds the runner's secrets). Links that stay inside work.
 */
class SymbolicLinksTest {

    private static final String SITE = TestSite.MINIMAL_CONFIG + """
            types:
              playbook: { folder: playbooks }
            -- content/playbooks/a.md --
            ---
            title: 甲
            ---
            正文
            """;

    @TempDir
    Path dir;
    /** Outside the content folder (inside the temporary folder, so JUnit cleans it up without warnings). */
    private Path outside;
    private TestSite site;
    private Path secret;

    @BeforeEach
    void writeSiteAndSecret() throws IOException {
        site = TestSite.write(dir, SITE);
        outside = Files.createDirectories(dir.resolve("outside"));
        secret = outside.resolve("secret.txt");
        Files.writeString(secret, "TOKEN=hunter2\n");
        Files.writeString(outside.resolve("page.md"), "---\ntitle: 外部\n---\nTOKEN=hunter2\n");
    }

    private Path content(String path) {
        return dir.resolve("content").resolve(path);
    }

    private List<String> buildErrors() {
        List<String> problems = site.buildExpectingErrors();
        assertThat(site.output()).doesNotExist();
        return problems;
    }

    @Test
    void aStaticFileLinkedFromOutsideIsAnErrorNamingLinkAndTarget() throws IOException {
        Files.createSymbolicLink(content("playbooks/passwd.txt"), secret);
        assertThat(buildErrors()).containsExactly("content/playbooks/passwd.txt: error: symbolic link to " + secret
                + " leaves the content folder: nothing outside it is read or copied; copy the file in instead, or "
                + "remove the link");
    }

    @Test
    void aPageLinkedFromOutsideIsNotRead() throws IOException {
        Files.createSymbolicLink(content("playbooks/b.md"), outside.resolve("page.md"));
        assertThat(buildErrors()).singleElement().asString()
                .startsWith("content/playbooks/b.md: error: symbolic link to " + outside.resolve("page.md"));
    }

    @Test
    void aFolderLinkedFromOutsideIsNotWalked() throws IOException {
        Files.createSymbolicLink(content("playbooks/more"), outside);
        assertThat(buildErrors()).singleElement().asString()
                .startsWith("content/playbooks/more: error: symbolic link to " + outside + " leaves the content folder");
    }

    @Test
    void aRelativeLinkThatClimbsOutIsCaughtToo() throws IOException {
        Files.writeString(dir.resolve("notes.txt"), "private");
        Files.createSymbolicLink(content("playbooks/notes.txt"), Path.of("../../notes.txt"));
        assertThat(buildErrors()).singleElement().asString().startsWith(
                "content/playbooks/notes.txt: error: symbolic link to ../../notes.txt (" + dir.toRealPath()
                        .resolve("notes.txt") + ") leaves the content folder");
    }

    @Test
    void linksThatStayInsideWork() throws IOException {
        Files.writeString(content("playbooks/data.csv"), "a,b\n");
        Files.createSymbolicLink(content("copy.csv"), Path.of("playbooks/data.csv"));
        Files.createSymbolicLink(content("guides"), Path.of("playbooks"));
        site.buildClean();
        assertThat(site.read("copy.csv")).isEqualTo("a,b\n");
        assertThat(site.read("guides/data.csv")).isEqualTo("a,b\n");
    }

    @Test
    void aLinkLoopIsAnError() throws IOException {
        Files.createSymbolicLink(content("playbooks/loop"), Path.of(".."));
        assertThat(buildErrors()).singleElement().asString()
                .startsWith("content/playbooks/loop: error: symbolic link to .. loops back");
    }

    @Test
    void aThemeOverrideLinkedFromOutsideIsAnError() throws IOException {
        Files.createDirectories(content("_theme/assets/css"));
        Files.createSymbolicLink(content("_theme/assets/css/extra.css"), secret);
        assertThat(buildErrors()).singleElement().asString().startsWith("content/_theme/assets/css/extra.css: error: "
                + "symbolic link to " + secret + " leaves the site's _theme folder");
    }

    @Test
    void aThemeFolderLinkedFromOutsideIsAnError() throws IOException {
        Files.createDirectories(outside.resolve("theme/templates"));
        Files.createSymbolicLink(content("_theme"), outside.resolve("theme"));
        assertThat(buildErrors()).singleElement().asString()
                .startsWith("content/_theme: error: symbolic link to " + outside.resolve("theme"));
    }

    @Test
    void aConfigLinkedFromOutsideIsNotRead() throws IOException {
        Files.move(content("qunbook.yml"), outside.resolve("qunbook.yml"));
        Files.createSymbolicLink(content("qunbook.yml"), outside.resolve("qunbook.yml"));
        assertThat(buildErrors()).singleElement().asString().startsWith("content/qunbook.yml: error: symbolic link to ");
    }

    @Test
    void newNeitherReadsAnArchetypeNorWritesIntoAFolderLinkedFromOutside() throws IOException {
        var config = new SiteConfigLoader().load(content("qunbook.yml"), "content/qunbook.yml", new Problems())
                .orElseThrow();
        Files.createDirectories(content("_archetypes"));
        Files.createSymbolicLink(content("_archetypes/playbook.md"), outside.resolve("page.md"));
        NewPageWriter writer = new NewPageWriter(config, dir.resolve("content"), new PinyinOrder());
        assertThatThrownBy(() -> writer.create("playbook", "新页", LocalDate.of(2026, 1, 1)))
                .hasMessageContaining("_archetypes/playbook.md: symbolic link to " + outside.resolve("page.md"));

        Files.delete(content("_archetypes/playbook.md"));
        Files.move(content("playbooks/a.md"), content("a.md"));
        Files.delete(content("playbooks"));
        Files.createSymbolicLink(content("playbooks"), outside);
        assertThatThrownBy(() -> writer.create("playbook", "新页", LocalDate.of(2026, 1, 1)))
                .hasMessageContaining("playbooks: symbolic link to " + outside + " leaves the content folder");
        try (var files = Files.list(outside)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("secret.txt", "page.md");
        }
    }

    @Test
    void theLinkedSecretNeverReachesTheOutput() throws IOException {
        Files.createSymbolicLink(content("environ.txt"), secret);
        BuildResult result = site.build();
        assertThat(result.written()).isFalse();
        assertThat(Files.exists(site.output().resolve("environ.txt"))).isFalse();
        Files.delete(content("environ.txt"));
        site.buildClean();
        try (var files = Files.walk(site.output())) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                assertThat(Files.readString(file, StandardCharsets.ISO_8859_1)).doesNotContain("hunter2");
            }
        }
    }
}
