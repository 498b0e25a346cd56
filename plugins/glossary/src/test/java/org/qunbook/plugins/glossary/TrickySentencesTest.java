package org.qunbook.plugins.glossary;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.qunbook.testing.GoldenFiles;
import org.qunbook.testing.TestSite;

/** The word-boundary rule against the fixture of tricky sentences (src/test/resources/tricky-sentences.txt). */
class TrickySentencesTest {

    private record Case(String sentence, String expected) {
    }

    @TempDir
    Path dir;

    @Test
    void linksTermsOnlyWhereAReaderSeesThem() throws IOException {
        List<Case> cases = Files.readAllLines(GoldenFiles.resources("tricky-sentences.txt"), StandardCharsets.UTF_8)
                .stream().filter(line -> !line.isBlank() && !line.startsWith("#"))
                .map(line -> line.split("\\|"))
                .map(parts -> new Case(parts[0].strip(), parts[1].strip())).toList();
        StringBuilder body = new StringBuilder();
        cases.forEach(c -> body.append(c.sentence()).append("\n\n"));
        TestSite site = GlossarySites.site(dir, "    options: { link: every }\n",
                "-- content/a.md --\n---\ntitle: 甲\n---\n" + body);
        site.build();
        List<String> linked = site.page("a/").select("div.prose > p").stream().map(TrickySentencesTest::bracketed)
                .toList();
        assertThat(linked).containsExactlyElementsOf(cases.stream().map(Case::expected).toList());
    }

    /** The paragraph's text with each linked term in brackets. */
    private static String bracketed(Element paragraph) {
        StringBuilder out = new StringBuilder();
        for (Node node : paragraph.childNodes()) {
            if (node instanceof TextNode text) {
                out.append(text.getWholeText());
            } else if (node instanceof Element element && element.hasClass("glossary-ref")) {
                out.append('[').append(element.selectFirst("a.glossary-term").text()).append(']');
            } else if (node instanceof Element element) {
                out.append(element.text());
            }
        }
        return out.toString().strip();
    }
}
