package org.qunbook.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.qunbook.build.Build;
import org.qunbook.build.BuildOptions;
import org.qunbook.build.BuildResult;
import org.qunbook.testing.TestSite;

/** End to end: the bundled handbook builds without problems and every internal reference resolves. */
class HandbookBuildTest {

    @TempDir
    static Path dir;

    static BuildResult result;
    static Path site;

    @BeforeAll
    static void buildTheHandbook() {
        site = dir.resolve("public");
        result = new Build(BuildOptions.of(Repository.content(), site)).run();
    }

    @Test
    void buildsWithoutErrorsOrWarnings() {
        assertThat(TestSite.format(result.problems())).isEmpty();
        assertThat(result.written()).isTrue();
    }

    @Test
    void everyInternalLinkAndAnchorResolves() throws IOException {
        assertThat(new SiteLinkChecker(site).brokenReferences()).isEmpty();
    }
}
