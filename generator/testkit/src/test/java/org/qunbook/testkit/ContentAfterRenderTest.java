package org.qunbook.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A plugin reading content after render gets a clear error, and the contract catches it. */
class ContentAfterRenderTest {

    @TempDir
    Path dir;

    @Test
    void readingContentInPostBuildFailsTheBuildWithTheClearMessage() {
        List<String> problems = TestSite.write(dir, """
                -- content/qunbook.yml --
                title: 站点
                plugins: [late-reader]
                -- content/a.md --
                ---
                title: 甲
                ---
                正文。
                """).buildExpectingErrors();
        assertThat(problems).singleElement().asString().startsWith("content/qunbook.yml: error: plugin 'late-reader' "
                + "failed in postBuild: IllegalStateException: the page's content was released after render; read it "
                + "in contentLoaded or transform (at ");
    }

    /** The contract, run on the late reader (not a test class of its own: it is meant to fail). */
    static final class LateReaderContract extends PluginContract {
        @Override
        protected String pluginName() {
            return "late-reader";
        }
    }

    @Test
    void theContractNamesWhatThePluginDoesWrong() {
        LateReaderContract contract = new LateReaderContract();
        contract.dir = dir;
        assertThatThrownBy(contract::readsPageContentOnlyBeforeRender).isInstanceOf(AssertionError.class)
                .hasMessageContaining("the plugin reads a page's content after render, where addSearchEntries and "
                        + "postBuild get PageInfo (facts): gather what you need from the content in contentLoaded or "
                        + "transform");
    }
}
