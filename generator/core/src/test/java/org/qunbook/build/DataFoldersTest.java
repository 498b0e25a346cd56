package org.qunbook.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.qunbook.testing.TestSite;

/** Top-level folders starting with '_' hold site data (plugins' files): neither pages nor copied. */
class DataFoldersTest {

    @TempDir
    Path dir;

    @Test
    void underscoreFoldersAreNotContent() {
        TestSite site = TestSite.write(dir, TestSite.MINIMAL_CONFIG + """
                -- content/_copyedit/vocabulary.yml --
                常规爆款: [常规畅销品]
                -- content/_copyedit/notes.md --
                no front matter: a page here would be an error
                -- content/a.md --
                ---
                title: 甲
                ---
                正文。
                -- content/docs/_drafts/b.png --
                png
                """).buildClean();
        assertThat(site.exists("_copyedit/vocabulary.yml")).isFalse();
        assertThat(site.exists("_copyedit/notes/index.html")).isFalse();
        assertThat(site.exists("docs/_drafts/b.png")).as("only top-level folders").isTrue();
    }
}
