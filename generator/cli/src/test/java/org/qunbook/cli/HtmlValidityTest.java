package org.qunbook.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import nu.validator.validation.SimpleDocumentValidator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXParseException;

/**
 * Every generated page of the handbook passes the W3C Nu HTML checker (the engine behind
 * validator.w3.org/nu) with no error, and the sitemap and feed are well-formed XML of the shape
 * crawlers and feed readers expect.
 */
class HtmlValidityTest {

    private static Path site;

    @BeforeAll
    static void build() {
        site = Repository.publishedHandbook();
    }

    @Test
    void everyPageIsValidHtml() throws Exception {
        SimpleDocumentValidator validator = new SimpleDocumentValidator(true, false, true);
        MessageCollector messages = new MessageCollector();
        validator.setUpMainSchema("http://s.validator.nu/html5-all.rnc", messages);
        validator.setUpValidatorAndParsers(messages, false, false);
        List<Path> pages = htmlFiles();
        for (Path page : pages) {
            messages.file = site.relativize(page).toString();
            validator.checkHtmlFile(page.toFile(), true);
        }
        assertThat(pages).hasSizeGreaterThan(80);
        assertThat(messages.errors).as("Nu HTML checker errors in %d pages", pages.size()).isEmpty();
    }

    @Test
    void theValidatorDoesReportInvalidHtml() throws Exception {
        // The check above is only worth something if the same setup flags a broken page.
        Path broken = Files.createTempFile("qunbook-invalid-", ".html");
        Files.writeString(broken, "<!doctype html><html lang=zh><title>x</title><p><div>块</div></p>"
                + "<a href=\"a b\" id=x id=y>链接</a>");
        SimpleDocumentValidator validator = new SimpleDocumentValidator(true, false, true);
        MessageCollector messages = new MessageCollector();
        validator.setUpMainSchema("http://s.validator.nu/html5-all.rnc", messages);
        validator.setUpValidatorAndParsers(messages, false, false);
        messages.file = broken.getFileName().toString();
        validator.checkHtmlFile(broken.toFile(), true);
        assertThat(messages.errors).isNotEmpty();
    }

    @Test
    void sitemapListsEveryPageWithAnAbsoluteLocation() throws Exception {
        Document sitemap = xml(site.resolve("sitemap.xml"));
        Element root = sitemap.getDocumentElement();
        assertThat(root.getNamespaceURI()).isEqualTo("http://www.sitemaps.org/schemas/sitemap/0.9");
        assertThat(root.getLocalName()).isEqualTo("urlset");
        var urls = root.getElementsByTagNameNS(root.getNamespaceURI(), "url");
        assertThat(urls.getLength()).isGreaterThan(80);
        for (int i = 0; i < urls.getLength(); i++) {
            Element url = (Element) urls.item(i);
            String loc = url.getElementsByTagNameNS(root.getNamespaceURI(), "loc").item(0).getTextContent();
            assertThat(loc).matches("https?://[^/]+/.*");
            var lastmod = url.getElementsByTagNameNS(root.getNamespaceURI(), "lastmod");
            if (lastmod.getLength() > 0) {
                assertThat(lastmod.item(0).getTextContent()).matches("\\d{4}-\\d{2}-\\d{2}");
            }
        }
    }

    @Test
    void feedIsAnAtomFeedOfPagesWithDates() throws Exception {
        Document feed = xml(site.resolve("feed.xml"));
        Element root = feed.getDocumentElement();
        String atom = "http://www.w3.org/2005/Atom";
        assertThat(root.getNamespaceURI()).isEqualTo(atom);
        assertThat(root.getLocalName()).isEqualTo("feed");
        for (String required : List.of("id", "title", "updated")) {
            assertThat(root.getElementsByTagNameNS(atom, required).getLength()).as(required).isPositive();
        }
        var entries = root.getElementsByTagNameNS(atom, "entry");
        assertThat(entries.getLength()).isPositive();
        for (int i = 0; i < entries.getLength(); i++) {
            Element entry = (Element) entries.item(i);
            for (String required : List.of("id", "title", "updated", "link")) {
                assertThat(entry.getElementsByTagNameNS(atom, required).getLength()).as(required).isEqualTo(1);
            }
            assertThat(entry.getElementsByTagNameNS(atom, "updated").item(0).getTextContent())
                    .matches("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}Z");
        }
    }

    private static List<Path> htmlFiles() throws IOException {
        try (Stream<Path> files = Files.walk(site)) {
            return files.filter(f -> f.toString().endsWith(".html")).sorted().toList();
        }
    }

    private static Document xml(Path file) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(file.toFile());
    }

    /** Errors as {@code file:line:col: message}; warnings and info are left to the checker's judgement. */
    private static final class MessageCollector implements ErrorHandler {
        final List<String> errors = new ArrayList<>();
        String file = "";

        @Override
        public void warning(SAXParseException e) {
        }

        @Override
        public void error(SAXParseException e) {
            errors.add(file + ":" + e.getLineNumber() + ":" + e.getColumnNumber() + ": " + e.getMessage());
        }

        @Override
        public void fatalError(SAXParseException e) {
            error(e);
        }
    }

    static {
        // The checker logs through log4j 1; keep the test output quiet.
        System.setProperty("log4j.defaultInitOverride", "true");
    }
}
