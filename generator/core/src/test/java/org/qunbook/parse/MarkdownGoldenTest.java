package org.qunbook.parse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import org.qunbook.testing.GoldenFiles;
import org.qunbook.testing.TestSite;

/**
 * Golden tests of the content HTML a page's Markdown becomes (parse + transform), one case per
 * {@code golden/markdown/<case>/} folder holding the pages ({@code *.md}) and, per page, the
 * expected {@code *.html}. The site overrides the theme's page template with the bare content, so
 * the theme does not affect these files.
 */
class MarkdownGoldenTest {

    @TempDir
    Path dir;

    @TestFactory
    Stream<DynamicTest> rendersMarkdownAsExpected() throws IOException {
        Path cases = GoldenFiles.resources("golden/markdown");
        return Files.list(cases).filter(Files::isDirectory).sorted().map(caseDir ->
                DynamicTest.dynamicTest(caseDir.getFileName().toString(), () -> check(caseDir)));
    }

    private void check(Path caseDir) throws IOException {
        Path root = dir.resolve(caseDir.getFileName().toString());
        StringBuilder files = new StringBuilder(TestSite.MINIMAL_CONFIG);
        files.append("-- content/_theme/templates/page.ftlh --\n${page.content?no_esc}\n");
        try (Stream<Path> pages = Files.list(caseDir)) {
            for (Path page : pages.filter(p -> p.toString().endsWith(".md")).sorted().toList()) {
                files.append("-- content/").append(page.getFileName()).append(" --\n")
                        .append(Files.readString(page, StandardCharsets.UTF_8));
            }
        }
        TestSite site = TestSite.write(root, files.toString()).buildClean();
        try (Stream<Path> pages = Files.list(caseDir)) {
            for (Path page : pages.filter(p -> p.toString().endsWith(".md")).sorted().toList()) {
                String name = page.getFileName().toString().replace(".md", "");
                GoldenFiles.assertMatches(caseDir.resolve(name + ".html"), site.read(name + "/index.html"));
            }
        }
    }
}
