package org.qunbook.plugins.glossary;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.qunbook.api.Problem;
import org.qunbook.testing.TestSite;

/** Conflicting and unused terms, with their exact messages. */
class GlossaryProblemsTest {

    @TempDir
    Path dir;

    private List<String> problems(String files) {
        return TestSite.write(dir, GlossarySites.CONFIG + files + """
                -- content/a.md --
                ---
                title: 甲
                ---
                私域、社群、复购率和KOL都用到了。
                """).build().problems().stream().map(Problem::format).toList();
    }

    @Test
    void theSameTermInTwoFilesIsAnErrorNamingBoth() {
        assertThat(problems("""
                -- content/glossary/a.md --
                ---
                title: 私域
                term: 私域
                summary: 一。
                ---
                -- content/glossary/b.md --
                ---
                title: 私域（重复）
                summary: 二。
                term: 私域
                ---
                """)).containsExactly(
                "content/glossary/b.md:4:1: error: term '私域' is also defined in content/glossary/a.md:3");
    }

    @Test
    void theSameAliasInTwoFilesIsAnErrorNamingBoth() {
        assertThat(problems("""
                -- content/glossary/a.md --
                ---
                title: 社群
                term: 社群
                aliases: ["社羣", "community"]
                summary: 一。
                ---
                -- content/glossary/b.md --
                ---
                title: 私域
                term: 私域
                summary: 二。
                aliases: ["Community"]
                ---
                """)).containsExactly(
                "content/glossary/b.md:5:1: error: alias 'Community' is also an alias of '社群' in content/glossary/a.md:4");
    }

    @Test
    void anAliasEqualToAnotherTermIsAnError() {
        assertThat(problems("""
                -- content/glossary/a.md --
                ---
                title: 私域
                term: 私域
                aliases: ["複購率"]
                summary: 一。
                ---
                -- content/glossary/b.md --
                ---
                title: 复购率
                term: 复购率
                summary: 二。
                ---
                """)).containsExactly(
                "content/glossary/a.md:4:1: error: alias '複購率' equals the term '复购率' defined in content/glossary/b.md:3");
    }

    @Test
    void aTermNoPageUsesIsAWarning() {
        assertThat(problems("""
                -- content/glossary/a.md --
                ---
                title: 私域
                term: 私域
                summary: 一。
                ---
                -- content/glossary/b.md --
                ---
                title: 裂变
                term: 裂变
                summary: 二。
                ---
                """)).containsExactly("content/glossary/b.md:3:1: warning: term '裂变' is not used on any page");
    }

    @Test
    void aNotInWordThatCannotApplyIsAnError() {
        assertThat(problems("""
                -- content/glossary/a.md --
                ---
                title: 生命周期
                term: 生命周期
                aliases: ["lifecycle"]
                summary: 一。
                not_in: ["产品生命週期", "product lifecycle", "产品周期", "生命周期"]
                ---
                -- content/b.md --
                ---
                title: 乙
                ---
                生命周期。
                """)).containsExactly(
                "content/glossary/a.md:6:1: error: not_in word '产品周期' does not contain '生命周期' or one of its "
                        + "aliases, so it never applies",
                "content/glossary/a.md:6:1: error: not_in word '生命周期' is the term itself; to stop linking the "
                        + "term, set autolink: false");
    }

    @Test
    void aTermWithAutolinkFalseIsStillReportedWhenNoPageUsesIt() {
        assertThat(problems("""
                -- content/glossary/a.md --
                ---
                title: 社群
                term: 社群
                summary: 一。
                autolink: false
                ---
                -- content/glossary/b.md --
                ---
                title: 裂变
                term: 裂变
                summary: 二。
                autolink: false
                ---
                """)).containsExactly("content/glossary/b.md:3:1: warning: term '裂变' is not used on any page");
    }
}
