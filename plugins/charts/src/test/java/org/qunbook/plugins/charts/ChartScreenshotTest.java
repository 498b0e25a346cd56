package org.qunbook.plugins.charts;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.qunbook.serve.SiteServer;
import org.qunbook.testing.Browser;
import org.qunbook.testing.TestSite;

/**
 * What each chart type looks like in headless Chromium, light and dark, against reviewed baseline
 * PNGs (element screenshots of the chart's figure at a 1280×900 window) with a tolerance. A wrong
 * colour, a missing bar or a broken layout fails; a glyph edge rendered a shade differently does
 * not. {@code -Dscreenshots.update=true} rewrites the baselines (see the README).
 */
class ChartScreenshotTest {

    @TempDir
    static Path dir;

    static TestSite site;

    @BeforeAll
    static void buildSite() {
        site = ChartsTestSite.build(dir);
    }

    /** Each chart type once: the page it is on. The lifecycle is taken from the home page. */
    private static final Map<String, String> PAGES = Map.of(
            "bar", "playbooks/report/", "line", "playbooks/report/", "pie", "playbooks/report/",
            "funnel", "playbooks/report/", "quadrant", "", "lifecycle", "");

    @Test
    void eachChartTypeLooksAsReviewedInLightAndDarkMode() throws Exception {
        ScreenshotBaselines baselines = ScreenshotBaselines.ofThisModule();
        List<String> failures = new ArrayList<>();
        try (SiteServer server = SiteServer.start(site.output(), "127.0.0.1", 0); Browser browser = Browser.start()) {
            browser.driver().manage().window().setSize(new Dimension(1280, 900));
            for (String theme : new String[] {"light", "dark"}) {
                // The system preference and the reader's choice both say the theme; no transitions mid-shot.
                browser.driver().executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "screen", "features",
                        List.of(Map.of("name", "prefers-color-scheme", "value", theme),
                                Map.of("name", "prefers-reduced-motion", "value", "reduce"))));
                for (String type : List.of("bar", "line", "pie", "funnel", "quadrant", "lifecycle")) {
                    browser.driver().get(server.url() + PAGES.get(type));
                    browser.script("document.documentElement.setAttribute('data-theme', arguments[0]);", theme);
                    WebElement figure = browser.driver().findElement(By.cssSelector("figure.chart-" + type));
                    browser.script("arguments[0].scrollIntoView({block: 'start'}); document.activeElement.blur();",
                            figure);
                    byte[] png = figure.getScreenshotAs(OutputType.BYTES);
                    try {
                        baselines.assertMatches(type + "-" + theme, png);
                    } catch (AssertionError e) {
                        failures.add(e.getMessage());
                    }
                }
            }
        }
        if (!failures.isEmpty()) {
            throw new AssertionError(failures.size() + " screenshot(s) differ:\n" + String.join("\n", failures));
        }
    }
}
