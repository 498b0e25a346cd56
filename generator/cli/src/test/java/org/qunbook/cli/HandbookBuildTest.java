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
    void everyInternalLinkAndAnchorResolves() throws IOException {
        assertThat(new SiteLinkChecker(site).brokenReferences()).isEmpty();
    }
}
