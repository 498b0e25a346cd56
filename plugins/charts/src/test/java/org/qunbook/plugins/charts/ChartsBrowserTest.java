package org.qunbook.plugins.charts;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.qunbook.serve.SiteServer;
import org.qunbook.testing.Browser;
import org.qunbook.testing.TestSite;

/**
 * Charts in a real browser under the strict CSP: drawn without any script, painted by the plugin's
 * stylesheet (light and dark), and no page scrolls sideways at a phone's width or a laptop's.
 */
class ChartsBrowserTest {

    @TempDir
    static Path dir;

    static TestSite site;

    @BeforeAll
    static void buildSite() {
        site = ChartsTestSite.build(dir);
    }

    private static long overflow(Browser browser) {
        return (Long) browser.script("return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
    }

    @Test
    void chartPagesAndTheHomePageFitAPhoneAndALaptopWithoutScrollingSideways() throws Exception {
        try (SiteServer server = SiteServer.start(site.output(), "127.0.0.1", 0); Browser browser = Browser.start()) {
            for (int width : new int[] {390, 1280}) {
                browser.driver().manage().window().setSize(new Dimension(width, 900));
                browser.driver().get(server.url());
                assertThat((Long) browser.script("return window.innerWidth;")).as("the viewport").isEqualTo(width);
                for (String url : new String[] {"", "playbooks/report/", "group-types/vip/"}) {
                    browser.driver().get(server.url() + url);
                    assertThat(overflow(browser)).as("sideways scroll on /%s at %d px", url, width).isLessThanOrEqualTo(0);
                    for (WebElement svg : browser.driver().findElements(By.cssSelector("svg.chart-svg"))) {
                        assertThat(svg.getSize().getWidth()).as("a chart on /%s at %d px is drawn", url, width)
                                .isGreaterThan(200);
                    }
                }
            }
            assertThat(browser.consoleErrors()).as("no CSP violation or other error").isEmpty();
        }
    }

    @Test
    void theHomePageShowsTheStepsTheQuadrantAndTheLifecycle() throws Exception {
        try (SiteServer server = SiteServer.start(site.output(), "127.0.0.1", 0); Browser browser = Browser.start()) {
            browser.driver().get(server.url());
            assertThat(browser.driver().findElements(By.cssSelector(".home-step-title")).stream().map(WebElement::getText))
                    .containsExactly("找准社群定位，先想清楚为谁服务、为什么建群", "设定目标");
            WebElement quadrant = browser.driver().findElement(By.cssSelector(".home-charts figure.chart-quadrant svg"));
            assertThat(quadrant.isDisplayed()).isTrue();
            assertThat(quadrant.getSize().getHeight()).isGreaterThan(150);
            WebElement lifecycle = browser.driver().findElement(By.cssSelector(".home-charts figure.chart-lifecycle"));
            assertThat(lifecycle.findElements(By.cssSelector(".chart-stage-item a")).stream().map(WebElement::getText))
                    .containsExactly("找准社群定位，先想清楚为谁服务、为什么建群", "设定目标");
            // Following a cell of the quadrant opens its group type.
            browser.driver().findElement(By.cssSelector(".home-charts a.chart-cell-link")).click();
            assertThat(browser.driver().getCurrentUrl()).endsWith("/group-types/cheap/");
            assertThat(browser.driver().findElements(By.cssSelector(".chart-cell-current"))).hasSize(1);
        }
    }

    /** axe-core's violations on the open page, as "rule: target" lines. */
    @SuppressWarnings("unchecked")
    private static List<String> axeViolations(Browser browser) throws Exception {
        browser.script(Files.readString(Path.of("node_modules/axe-core/axe.min.js")));
        Object result = browser.driver().executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                axe.run(document, {resultTypes: ['violations']})
                   .then(r => done(r.violations.flatMap(v => v.nodes.map(n => v.id + ': ' + n.target.join(' ')))))
                   .catch(e => done(['axe failed: ' + e]));
                """);
        return (List<String>) result;
    }

    @Test
    void axeFindsNoViolationOnPagesWithCharts() throws Exception {
        try (SiteServer server = SiteServer.start(site.output(), "127.0.0.1", 0); Browser browser = Browser.start()) {
            for (String url : new String[] {"", "playbooks/report/", "group-types/vip/"}) {
                for (String theme : new String[] {"light", "dark"}) {
                    browser.driver().get(server.url() + url);
                    browser.script("document.documentElement.setAttribute('data-theme', arguments[0]);", theme);
                    assertThat(axeViolations(browser)).as("axe on /%s, %s", url, theme).isEmpty();
                }
            }
        }
    }

    @Test
    void setupCardsShowTheChecklistProgressSavedInTheBrowser() throws Exception {
        try (SiteServer server = SiteServer.start(site.output(), "127.0.0.1", 0); Browser browser = Browser.start()) {
            browser.driver().get(server.url());
            WebElement progress = browser.driver().findElement(By.cssSelector(".home-step .home-step-progress"));
            assertThat(progress.isDisplayed()).as("nothing saved: a plain link").isFalse();
            assertThat(browser.driver().findElements(By.cssSelector(".home-step-progress"))).as("a step without a checklist")
                    .hasSize(1);
            // The checklist plugin's layout: the current profile's ticks per "<page url>#<checklist id>".
            browser.script("localStorage.setItem('qunbook.checklist:' + arguments[0], JSON.stringify({current: 'p2',"
                    + " profiles: [{id: 'p1', name: '默认', ticks: {'playbooks/first/#x': {a: 1, b: 1, c: 1}}},"
                    + " {id: 'p2', name: '二群', ticks: {'playbooks/first/#定位检查清单': {a: 1, b: 1},"
                    + " 'playbooks/second/#y': {d: 1}}}]}));", server.url());
            browser.driver().navigate().refresh();
            progress = browser.driver().findElement(By.cssSelector(".home-step .home-step-progress"));
            assertThat(progress.isDisplayed()).isTrue();
            assertThat(progress.getText()).isEqualTo("已勾 2 / 3");
            assertThat(browser.consoleErrors()).isEmpty();
        }
    }

    @Test
    void paintsWithTheThemeColoursInLightAndDarkMode() throws Exception {
        try (SiteServer server = SiteServer.start(site.output(), "127.0.0.1", 0); Browser browser = Browser.start()) {
            browser.driver().get(server.url() + "playbooks/report/");
            String fill = "return getComputedStyle(document.querySelector('.chart-bar .chart-bar, rect.chart-bar')).fill;";
            String textFill = "return getComputedStyle(document.querySelector('.chart-svg text')).fill;";
            browser.script("document.documentElement.setAttribute('data-theme', 'light');");
            String light = (String) browser.script(fill);
            String lightText = (String) browser.script(textFill);
            browser.script("document.documentElement.setAttribute('data-theme', 'dark');");
            String dark = (String) browser.script(fill);
            String darkText = (String) browser.script(textFill);
            assertThat(light).isEqualTo("rgb(10, 116, 100)");
            assertThat(dark).isEqualTo("rgb(92, 200, 176)");
            assertThat(lightText).isNotEqualTo(darkText);
            assertThat(light).isNotEqualTo("rgb(0, 0, 0)");
        }
    }
}
