package org.qunbook.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.qunbook.serve.SiteServer;
import org.qunbook.testing.Browser;

/**
 * Section results in headless Chromium, on the built handbook: a question typed as a reader types
 * it shows the page that answers it with the matching section under it; the section's link opens
 * the page at that heading with the query's terms marked in that section only. Over http (the
 * query in the worker) and from file:// (in the page).
 */
class SectionSearchBrowserTest {

    private static final Duration WAIT = Duration.ofSeconds(20);
    private static final String QUESTION = "每天群里发几条消息合适";
    /** The section of 日常运营节奏 that answers it: 三个触达渠道的频率. */
    private static final String SECTION_ID = "三个触达渠道的频率";

    static Path site;

    @BeforeAll
    static void buildTheHandbook() {
        site = Repository.builtHandbook();
    }

    @Test
    void aSectionResultOpensItsHeadingWithTheTermsMarkedOverHttp() throws Exception {
        try (SiteServer server = SiteServer.start(site, "127.0.0.1", 0); Browser browser = Browser.start()) {
            browser.driver().get(server.url());
            openSectionResult(browser);
            browser.waitUpTo(WAIT).until(d -> d.getCurrentUrl().contains("playbooks/daily-cadence/?highlight="));
            assertMarkedInSection(browser);
        }
    }

    @Test
    void aSectionResultOpensItsHeadingWithTheTermsMarkedFromFileUrls() throws Exception {
        try (Browser browser = Browser.start()) {
            browser.driver().get(site.resolve("index.html").toUri().toString());
            openSectionResult(browser);
            browser.waitUpTo(WAIT).until(d -> d.getCurrentUrl().contains("playbooks/daily-cadence/index.html?highlight="));
            assertMarkedInSection(browser);
        }
    }

    /**
     * Types the question, checks the dropdown, follows the first section link under 日常运营节奏's
     * result (among the first three: TaskQuerySuiteTest holds the ranking).
     */
    private static void openSectionResult(Browser browser) {
        browser.driver().findElement(By.id("site-search-input")).sendKeys(QUESTION);
        WebElement section = browser.waitUpTo(WAIT).until(d -> {
            List<WebElement> options = d.findElements(By.cssSelector("#site-search-listbox [role=option]"));
            WebElement answer = options.stream().limit(3).filter(o -> o.findElement(By.cssSelector(".search-result-link"))
                    .getAttribute("href").contains("playbooks/daily-cadence/")).findFirst().orElse(null);
            if (answer == null) {
                return null;
            }
            List<WebElement> links = answer.findElements(By.cssSelector(".search-result-section-link"));
            return links.isEmpty() ? null : links.get(0);
        });
        // the section chosen from the page's text links to its heading, carrying the terms
        assertThat(section.getText()).isEqualTo("三个触达渠道的频率");
        assertThat(section.getAttribute("href")).contains("?highlight=").endsWith("#" + encoded(SECTION_ID));
        // the snippet is page text, never the UI of a script's form
        assertThat(browser.driver().findElement(By.cssSelector("#site-search-listbox .search-snippet")).getText())
                .doesNotContain("填写变量", "必填");
        section.click();
    }

    private static void assertMarkedInSection(Browser browser) {
        List<String> marks = browser.waitUpTo(WAIT).until(d -> {
            List<String> texts = d.findElements(By.cssSelector(".prose mark.search-hit")).stream()
                    .map(WebElement::getText).toList();
            return texts.isEmpty() ? null : texts;
        });
        // the query's meaningful words (and its synonyms), never a stop word
        assertThat(String.join("", marks)).contains("消息").doesNotContain("怎么", "群里");
        // every mark is inside the section: after its heading, before the next h2
        assertThat(browser.script("""
                const h = document.getElementById(arguments[0]);
                let next = h.nextElementSibling;
                while (next && next.tagName !== 'H2') next = next.nextElementSibling;
                return [...document.querySelectorAll('.prose mark.search-hit')].every(m =>
                    (h.compareDocumentPosition(m) & Node.DOCUMENT_POSITION_FOLLOWING)
                    && (!next || (m.compareDocumentPosition(next) & Node.DOCUMENT_POSITION_FOLLOWING)));
                """, SECTION_ID)).isEqualTo(true);
        // scrolled to the heading: it is at the top of the viewport, not the page's top
        assertThat(((Number) browser.script("return window.scrollY")).doubleValue()).isGreaterThan(100);
        assertThat(((Number) browser.script("return Math.abs(document.getElementById(arguments[0])"
                + ".getBoundingClientRect().top)", SECTION_ID)).doubleValue()).isLessThan(150);
        assertThat(browser.consoleErrors()).isEmpty();
    }

    private static String encoded(String id) {
        return java.net.URLEncoder.encode(id, java.nio.charset.StandardCharsets.UTF_8);
    }
}
