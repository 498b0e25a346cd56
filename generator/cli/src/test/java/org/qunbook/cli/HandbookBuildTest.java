package org.qunbook.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** End to end: the bundled handbook builds without problems and every internal reference resolves. */
class HandbookBuildTest {

    static Path site;

    @BeforeAll
    static void buildTheHandbook() {
        site = Repository.builtHandbook();
    }

    @Test
    void buildsWithoutErrorsOrWarnings() {
        // Repository.builtHandbook() fails unless the strict build had no problem at all.
        assertThat(site.resolve("index.html")).exists();
    }

    @Test
    void hasNoCopyeditFindingsAndNothingForFixToChange() throws IOException {
        // Drafts too (fix and serve see them): the strict build above covers published pages only.
        assertThat(java.nio.file.Files.readString(Repository.content().resolve("qunbook.yml")))
                .containsPattern("(?m)^  - name: copyedit$");
        java.io.StringWriter out = new java.io.StringWriter();
        picocli.CommandLine cli = new picocli.CommandLine(new Main());
        cli.setOut(new java.io.PrintWriter(out));
        cli.setErr(new java.io.PrintWriter(new java.io.StringWriter()));
        int code = cli.execute("fix", "--check", "-s", Repository.content().toString());
        assertThat(out.toString()).as("run ./qunbook fix").startsWith("Nothing to fix").doesNotContain("hand edit");
        assertThat(code).isZero();
    }

    @Test
    void everyInternalLinkAndAnchorResolves() throws IOException {
        assertThat(new SiteLinkChecker(site).brokenReferences()).isEmpty();
    }
}
