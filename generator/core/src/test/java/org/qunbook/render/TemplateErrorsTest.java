package org.qunbook.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.qunbook.testing.TestSite;

/**
 * A broken template override names its file, line, column and Freemarker's reason, once; a runtime
 * error (an undefined variable) names the template line and the page being rendered.
 */
class TemplateErrorsTest {

    private static final String SITE = """
            -- content/qunbook.yml --
            title: 测试站点
            types:
              playbook: { folder: playbooks }
            -- content/playbooks/a.md --
            ---
            title: 甲
            ---
            正文
            -- content/playbooks/b.md --
            ---
            title: 乙
            ---
            正文
            -- content/playbooks/c.md --
            ---
            title: 丙
            ---
            正文
            """;

    @TempDir
    Path dir;

    @Test
    void aSyntaxErrorNamesTheTemplateFileLineColumnAndReasonOnce() {
        List<String> problems = TestSite.write(dir, SITE + """
                -- content/_theme/templates/playbook.ftlh --
                <#import "partials.ftlh" as p>
                <html><body>
                <#if page.title>
                ${page.title}
                </body></html>
                """).buildExpectingErrors();
        assertThat(problems).hasSize(1);
        assertThat(problems).containsExactly("content/_theme/templates/playbook.ftlh:5:15: error: template syntax "
                + "error: Unexpected end of file reached. You have an unclosed #if. Check if the FreeMarker end-tags are "
                + "present, and aren't malformed. (Note that FreeMarker end-tags must have # or @ after the / character.)");
    }

    @Test
    void aSyntaxErrorInAnIncludedTemplateNamesThatTemplateOnce() {
        List<String> problems = TestSite.write(dir, SITE + """
                -- content/_theme/templates/playbook.ftlh --
                <#include "broken-part.ftlh">
                -- content/_theme/templates/broken-part.ftlh --
                <p>
                ${page.title
                </p>
                """).buildExpectingErrors();
        assertThat(problems).hasSize(1);
        assertThat(problems.get(0)).startsWith("content/_theme/templates/broken-part.ftlh:3:2: ").contains(
                "template syntax error");
    }

    @Test
    void aRuntimeErrorNamesTheTemplateLineAndThePage() {
        List<String> problems = TestSite.write(dir, SITE + """
                -- content/_theme/templates/playbook.ftlh --
                <html><body>
                <h1>${page.title}</h1>
                <p>${page.nosuchfield}</p>
                </body></html>
                """).buildExpectingErrors();
        assertThat(problems).hasSize(3).allSatisfy(p -> assertThat(p)
                .startsWith("content/_theme/templates/playbook.ftlh:3:6: error: rendering content/playbooks/")
                .contains("page.nosuchfield"));
        assertThat(problems).anyMatch(p -> p.contains("rendering content/playbooks/a.md failed"));
    }
}
