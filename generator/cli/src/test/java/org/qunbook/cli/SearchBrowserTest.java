package org.qunbook.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.qunbook.serve.SiteServer;
import org.qunbook.testing.Browser;
import org.qunbook.testing.TestSite;

/** The theme's search (header box and results page) in a real browser, served with the theme's CSP. */
class SearchBrowserTest {

    private static final Duration WAIT = Duration.ofSeconds(15);
    private static final String OPTIONS = "#site-search-listbox [role=option]";

    @TempDir
    static Path dir;

    static Path site;

    @BeforeAll
    static void buildTheHandbook() {
        site = Repository.builtHandbook();
    }

    @Test
    void simplifiedAndTraditionalQueriesShowTheExpectedPageFirstWithMatchesMarked() throws Exception {
        try (SiteServer server = SiteServer.start(site, "127.0.0.1", 0); Browser browser = Browser.start()) {
            browser.driver().get(server.url() + "playbooks/");
            assertThat(browser.script("return performance.getEntriesByType('resource')"
                    + ".filter(e => /search\\/|lunr/.test(e.name)).map(e => e.name).join()"))
                    .asString().doesNotContain("search/meta.js", "search-worker.js", "lunr");
            WebElement input = browser.driver().findElement(By.id("site-search-input"));
            assertThat(browser.driver().findElement(By.cssSelector("label[for=site-search-input]"))
                    .getAttribute("textContent")).isEqualTo("搜索手册");

            input.sendKeys("复购率");
            WebElement first = firstOptionLinkingTo(browser, "glossary/fugoulv/");
            assertThat(first.findElement(By.cssSelector(".search-result-title mark")).getText()).isEqualTo("复购率");
            assertThat(first.findElement(By.cssSelector(".search-result-type")).getText()).isEqualTo("术语");
            assertThat(input.getAttribute("aria-expanded")).isEqualTo("true");

            retype(input, "用戶分層");
            firstOptionLinkingTo(browser, "glossary/yonghu-fenceng/");

            // A Simplified query marks the Traditional text it matched (folded match positions), in the
            // snippet of page text, which arrives after the index.
            retype(input, "运送说明");
            firstOptionLinkingTo(browser, "scripts/welcome-hk/");
            List<String> marked = browser.waitUpTo(WAIT).until(d -> {
                List<String> texts = d.findElements(By.cssSelector(OPTIONS + ":first-child .search-snippet mark"))
                        .stream().map(WebElement::getText).toList();
                return texts.contains("運送") ? texts : null;
            });
            assertThat(marked).allMatch(m -> m.matches("[運送說明]+"));
            // Over http the query ran in the worker: the page loaded the worker, never lunr or a shard itself.
            String loaded = (String) browser.script("return performance.getEntriesByType('resource')"
                    + ".map(e => e.name).join(' ')");
            assertThat(loaded).contains("assets/search/search-worker.js").doesNotContain("lunr.min.js", "search/shards/");
            assertThat(browser.consoleErrors()).isEmpty();
        }
    }

    @Test
    void slashFocusesTheBoxAndTheKeyboardOpensAResult() throws Exception {
        try (SiteServer server = SiteServer.start(site, "127.0.0.1", 0); Browser browser = Browser.start()) {
            browser.driver().get(server.url());
            browser.driver().findElement(By.tagName("body")).sendKeys("/");
            WebElement input = browser.driver().findElement(By.id("site-search-input"));
            assertThat(browser.script("return document.activeElement.id")).isEqualTo("site-search-input");

            input.sendKeys("社群定位");
            firstOptionLinkingTo(browser, "playbooks/setup-positioning/");
            input.sendKeys(Keys.ARROW_DOWN);
            assertThat(input.getAttribute("aria-activedescendant")).isEqualTo("site-search-option-0");
            assertThat(browser.driver().findElement(By.id("site-search-option-0")).getAttribute("aria-selected"))
                    .isEqualTo("true");
            input.sendKeys(Keys.ARROW_DOWN, Keys.ARROW_UP);
            assertThat(input.getAttribute("aria-activedescendant")).isEqualTo("site-search-option-0");
            input.sendKeys(Keys.ENTER);
            browser.waitUpTo(WAIT).until(d -> d.getCurrentUrl().endsWith("/playbooks/setup-positioning/"));
            assertThat(browser.driver().findElement(By.tagName("h1")).getText()).isEqualTo("找准社群定位");

            // Ctrl-K focuses it too; Escape closes the dropdown.
            browser.driver().findElement(By.tagName("body")).sendKeys(Keys.chord(Keys.CONTROL, "k"));
            input = browser.driver().findElement(By.id("site-search-input"));
            assertThat(browser.script("return document.activeElement.id")).isEqualTo("site-search-input");
            input.sendKeys("KOL");
            firstOptionLinkingTo(browser, "glossary/kol/");
            input.sendKeys(Keys.ESCAPE);
            assertThat(input.getAttribute("aria-expanded")).isEqualTo("false");
            assertThat(browser.consoleErrors()).isEmpty();
        }
    }

    @Test
    void theResultsPageReadsTheQueryFromItsUrlAndFiltersByType() throws Exception {
        try (SiteServer server = SiteServer.start(site, "127.0.0.1", 0); Browser browser = Browser.start()) {
            browser.driver().get(server.url() + "search/?q=" + URLEncoder.encode("社群營銷", StandardCharsets.UTF_8));
            browser.waitUpTo(WAIT).until(d -> !d.findElements(By.cssSelector(".search-results .search-result")).isEmpty());
            assertThat(browser.driver().findElement(By.id("search-page-input")).getAttribute("value"))
                    .isEqualTo("社群營銷");
            assertThat(firstResultHref(browser)).endsWith("/glossary/shequn-yingxiao/");

            WebElement playbooks = browser.driver().findElements(By.cssSelector(".search-filters .search-filter"))
                    .stream().filter(b -> b.getText().startsWith("打法")).findFirst().orElseThrow();
            playbooks.click();
            // the filters, the count and the filtered results are drawn together, once the text files of
            // the first results are loaded
            String pressed = browser.waitUpTo(WAIT).ignoring(StaleElementReferenceException.class).until(d -> {
                String text = d.findElement(By.cssSelector(".search-filter[aria-pressed=true]")).getText();
                return text.startsWith("打法") ? text : null;
            });
            assertThat(pressed).startsWith("打法");
            List<String> types = browser.waitUpTo(WAIT).ignoring(StaleElementReferenceException.class).until(d -> {
                List<String> shown = d.findElements(By.cssSelector(".search-results .search-result-type"))
                        .stream().map(WebElement::getText).distinct().toList();
                return shown.equals(List.of("打法")) ? shown : null;
            });
            assertThat(types).containsExactly("打法");
            assertThat(firstResultHref(browser)).endsWith("/playbooks/five-step-marketing/");
            assertThat(browser.driver().getCurrentUrl()).contains("type=playbook");

            // A type's fields with a closed list of values filter its results, with counts per value.
            browser.driver().get(server.url() + "search/?q=" + URLEncoder.encode("欢迎", StandardCharsets.UTF_8)
                    + "&type=script-template");
            WebElement scenario = browser.waitUpTo(WAIT).until(d -> d.findElements(
                    By.cssSelector(".search-facets [data-field=scenario]")).stream().findFirst().orElse(null));
            assertThat(scenario.getAttribute("aria-label")).isEqualTo("场景");
            WebElement welcome = scenario.findElements(By.cssSelector(".search-filter")).stream()
                    .filter(b -> b.getText().startsWith("欢迎 ")).findFirst().orElseThrow();
            int count = Integer.parseInt(welcome.findElement(By.cssSelector(".search-filter-count")).getText());
            welcome.click();
            browser.waitUpTo(WAIT).until(d -> d.getCurrentUrl().contains("scenario=welcome"));
            List<WebElement> shown = browser.waitUpTo(WAIT).until(d -> {
                List<WebElement> results = d.findElements(By.cssSelector(".search-results .search-result"));
                return results.size() == count ? results : null;
            });
            assertThat(shown).hasSize(count);
            assertThat(browser.driver().findElement(By.cssSelector(".search-summary")).getText()).contains(
                    String.valueOf(count));

            browser.driver().get(server.url() + "search/?q=qqqzzzxyz");
            WebElement empty = browser.waitUpTo(WAIT).until(d -> {
                WebElement e = d.findElement(By.cssSelector(".search-empty"));
                return e.isDisplayed() ? e : null;
            });
            assertThat(empty.findElement(By.cssSelector(".search-empty-title")).getText()).contains("qqqzzzxyz");
            assertThat(empty.getText()).contains("简体和繁体会互相匹配");
            assertThat(empty.findElements(By.cssSelector(".search-browse-list a"))).isNotEmpty();
            assertThat(browser.consoleErrors()).isEmpty();
        }
    }

    @Test
    void searchWorksFromFileUrls() throws Exception {
        try (Browser browser = Browser.start()) {
            browser.driver().get(site.resolve("index.html").toUri().toString());
            WebElement input = browser.driver().findElement(By.id("site-search-input"));
            input.sendKeys("ARPU");
            firstOptionLinkingTo(browser, "glossary/arpu/");
            // From file:// a folder URL would show a directory listing, so results link to index.html.
            input.sendKeys(Keys.ARROW_DOWN, Keys.ENTER);
            browser.waitUpTo(WAIT).until(d -> d.getCurrentUrl().endsWith("glossary/arpu/index.html"));
            assertThat(browser.driver().findElement(By.tagName("h1")).getText()).contains("ARPU");

            // Enter without a highlighted option opens the results page (search/index.html?q=...).
            input = browser.driver().findElement(By.id("site-search-input"));
            input.sendKeys("複購率", Keys.ENTER);
            browser.waitUpTo(WAIT).until(d -> d.getCurrentUrl().contains("search/index.html?q="));
            browser.waitUpTo(WAIT).until(d -> !d.findElements(By.cssSelector(".search-results .search-result")).isEmpty());
            assertThat(firstResultHref(browser)).endsWith("glossary/fugoulv/index.html");
            assertThat(browser.consoleErrors()).isEmpty();
        }
    }

    @Test
    void dataFromThePageIsShownAsTextNeverAsHtml() throws Exception {
        TestSite mini = TestSite.write(dir.resolve("xss"), """
                -- content/qunbook.yml --
                title: 测试站点
                -- content/_index.md --
                ---
                title: 首页
                ---
                欢迎。
                -- content/evil.md --
                ---
                title: "<img src=x onerror=alert(1)>"
                summary: "<b>bold</b> 社群"
                ---
                正文 `<img src=x onerror=alert(2)>` 也要当作文字。
                """).buildClean();
        try (SiteServer server = SiteServer.start(mini.output(), "127.0.0.1", 0); Browser browser = Browser.start()) {
            browser.driver().get(server.url());
            WebElement input = browser.driver().findElement(By.id("site-search-input"));
            input.sendKeys("img");
            WebElement first = firstOptionLinkingTo(browser, "evil/");
            assertThat(first.findElement(By.cssSelector(".search-result-title")).getText())
                    .isEqualTo("<img src=x onerror=alert(1)>");
            assertThat(browser.driver().findElements(By.cssSelector("#site-search img"))).isEmpty();

            browser.driver().get(server.url() + "search/?q="
                    + URLEncoder.encode("<img src=x onerror=alert(3)>", StandardCharsets.UTF_8));
            browser.waitUpTo(WAIT).until(d -> !d.findElements(By.cssSelector(".search-results .search-result")).isEmpty());
            assertThat(browser.driver().findElement(By.cssSelector(".search-results .search-result-title")).getText())
                    .isEqualTo("<img src=x onerror=alert(1)>");
            assertThat(browser.driver().findElements(By.cssSelector("#search-page img"))).isEmpty();
            assertThat(browser.script("return 'no alert open'")).isEqualTo("no alert open");
            assertThat(browser.consoleErrors()).isEmpty();
        }
    }

    /** Waits for the dropdown's first option to link to urlPart and returns it. */
    private static WebElement firstOptionLinkingTo(Browser browser, String urlPart) {
        return browser.waitUpTo(WAIT).until(d -> {
            List<WebElement> options = d.findElements(By.cssSelector(OPTIONS));
            if (options.isEmpty()) {
                return null;
            }
            String href = options.get(0).findElement(By.tagName("a")).getAttribute("href");
            return href != null && href.contains(urlPart) ? options.get(0) : null;
        });
    }

    private static String firstResultHref(Browser browser) {
        return browser.driver().findElement(By.cssSelector(".search-results .search-result-link")).getAttribute("href");
    }

    private static void retype(WebElement input, String text) {
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.BACK_SPACE);
        input.sendKeys(text);
    }
}
