package org.qunbook.plugins.scripts;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.qunbook.serve.SiteServer;
import org.qunbook.testing.Browser;
import org.qunbook.testing.TestSite;

/** Template pages in a real browser, served with the CSP the theme promises. */
class ScriptTemplatesBrowserTest {

    @TempDir
    static Path dir;

    static Path site;

    @BeforeAll
    static void buildSite() {
        TestSite test = TestSite.write(dir, ScriptTemplatesSiteTest.CONFIG + ScriptTemplatesSiteTest.WELCOME + """
                -- content/scripts/_index.md --
                ---
                title: 话术模板
                ---
                介绍。
                -- content/scripts/rules.md --
                ---
                title: 群规
                scenario: rules
                stage: launch
                variables:
                  - name: 品牌名
                    label: 品牌名称
                ---
                ```script
                【{{品牌名}}】群规
                ```
                """).buildClean();
        site = test.output();
    }

    private static String copyAndReadClipboard(Browser browser, WebElement panel) {
        panel.findElement(By.cssSelector(".script-copy")).click();
        browser.waitUpTo(Duration.ofSeconds(5))
                .until(d -> !panel.findElement(By.cssSelector(".script-status")).getText().isEmpty());
        return String.valueOf(browser.driver().executeAsyncScript(
                "var done = arguments[arguments.length - 1];"
                        + "navigator.clipboard.readText().then(done, function (e) { done('ERROR ' + e); });"));
    }

    private static void type(WebElement input, String text) {
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
        input.sendKeys(text);
    }

    @Test
    void fillsPreviewsCopiesExactTextAndSharesValuesAcrossTemplates() throws Exception {
        try (SiteServer server = SiteServer.start(site, "127.0.0.1", 0); Browser browser = Browser.start()) {
            browser.driver().executeCdpCommand("Browser.grantPermissions", Map.of(
                    "origin", server.url().replaceAll("/$", ""),
                    "permissions", List.of("clipboardReadWrite", "clipboardSanitizedWrite")));
            browser.driver().get(server.url() + "scripts/welcome/");
            WebElement brand = browser.driver().findElement(By.name("品牌名"));
            assertThat(brand.isDisplayed()).isTrue();
            assertThat(brand.isEnabled()).isTrue();
            assertThat(brand.getAttribute("value")).isEmpty();
            assertThat(brand.getAttribute("placeholder")).isEqualTo("小鹿优选");
            assertThat(browser.driver().findElement(By.name("折扣")).getAttribute("value")).isEqualTo("8折");

            WebElement formal = browser.driver().findElement(By.id("script-1-1"));
            WebElement formalText = formal.findElement(By.cssSelector(".script-text"));
            assertThat(formalText.getText()).isEqualTo("欢迎加入{{品牌名}}！\n全场8折 🎉");
            assertThat(formal.findElements(By.cssSelector("mark.script-blank"))).hasSize(1);
            assertThat(formal.findElement(By.cssSelector(".script-count")).getText()).isEqualTo("19 字");
            // A required blank is empty: 复制 copies nothing, warns, and goes to the field.
            browser.script("return navigator.clipboard.writeText('之前的内容')");
            assertThat(copyAndReadClipboard(browser, formal)).isEqualTo("之前的内容");
            WebElement status = formal.findElement(By.cssSelector(".script-status"));
            assertThat(status.getText()).isEqualTo("还有 1 处未填写：品牌名称。填好再复制，或确认后照原样复制。");
            assertThat(status.getAttribute("class")).contains("script-status-warning");
            assertThat(browser.driver().switchTo().activeElement()).isEqualTo(brand);
            assertThat(brand.getAttribute("aria-invalid")).isEqualTo("true");
            // 复制 again still does not copy; only the explicit second step does.
            assertThat(copyAndReadClipboard(browser, formal)).isEqualTo("之前的内容");
            WebElement anyway = formal.findElement(By.cssSelector(".script-copy-anyway"));
            assertThat(anyway.getText()).isEqualTo("仍要复制");
            clickInView(browser, anyway);
            browser.waitUpTo(Duration.ofSeconds(5)).until(d -> status.getText().startsWith("已复制"));
            assertThat(browser.driver().executeAsyncScript("var done = arguments[arguments.length - 1];"
                    + "navigator.clipboard.readText().then(done, function (e) { done('ERROR ' + e); });"))
                    .isEqualTo("欢迎加入{{品牌名}}！\n全场8折 🎉");
            assertThat(status.getText()).isEqualTo("已复制，其中 1 处未填写，发送前请补上");
            assertThat(anyway.isDisplayed()).isFalse();

            type(brand, "小鹿优选");
            assertThat(brand.getAttribute("aria-invalid")).isNull();
            assertThat(formalText.getText()).isEqualTo("欢迎加入小鹿优选！\n全场8折 🎉");
            assertThat(formal.findElements(By.cssSelector("mark.script-blank"))).isEmpty();
            assertThat(formal.findElement(By.cssSelector(".script-count")).getText()).isEqualTo("16 字");
            assertThat(copyAndReadClipboard(browser, formal)).isEqualTo("欢迎加入小鹿优选！\n全场8折 🎉");
            assertThat(formal.findElement(By.cssSelector(".script-status")).getText()).isEqualTo("已复制");

            // A value is text, never HTML: it shows literally and is copied literally.
            type(brand, "<script>alert(1)</script>");
            assertThat(formalText.getText()).isEqualTo("欢迎加入<script>alert(1)</script>！\n全场8折 🎉");
            assertThat(formalText.findElements(By.tagName("script"))).isEmpty();
            assertThat(copyAndReadClipboard(browser, formal))
                    .isEqualTo("欢迎加入<script>alert(1)</script>！\n全场8折 🎉");

            // An optional blank left empty also stops the first copy; copied anyway, it is left
            // out rather than pasted into the group as {{折扣}}.
            type(brand, "小鹿优选");
            WebElement discount = browser.driver().findElement(By.name("折扣"));
            discount.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
            WebElement third = browser.driver().findElement(By.id("script-2-1"));
            third.findElement(By.cssSelector(".script-copy")).click();
            assertThat(third.findElement(By.cssSelector(".script-status")).getText())
                    .isEqualTo("还有 1 处未填写：折扣。填好再复制，或确认后照原样复制。");
            assertThat(browser.driver().switchTo().activeElement()).isEqualTo(discount);
            clickInView(browser, third.findElement(By.cssSelector(".script-copy-anyway")));
            browser.waitUpTo(Duration.ofSeconds(5)).until(d -> third.findElement(By.cssSelector(".script-status"))
                    .getText().equals("已复制"));
            assertThat(browser.driver().executeAsyncScript("var done = arguments[arguments.length - 1];"
                    + "navigator.clipboard.readText().then(done, function (e) { done('ERROR ' + e); });"))
                    .isEqualTo("小鹿优选提醒：今晚结束");
            type(discount, "8折");

            browser.driver().get(server.url() + "scripts/rules/");
            assertThat(browser.driver().findElement(By.name("品牌名")).getAttribute("value")).isEqualTo("小鹿优选");
            assertThat(browser.driver().findElement(By.cssSelector(".script-text")).getText())
                    .isEqualTo("【小鹿优选】群规");

            browser.driver().get(server.url() + "scripts/welcome/");
            browser.driver().findElement(By.cssSelector(".script-reset")).click();
            assertThat(browser.driver().findElement(By.name("品牌名")).getAttribute("value")).isEmpty();
            assertThat(browser.driver().findElement(By.cssSelector("#script-1-1 .script-text")).getText())
                    .isEqualTo("欢迎加入{{品牌名}}！\n全场8折 🎉");
            assertThat(browser.consoleErrors()).isEmpty();
        }
    }

    @Test
    void variantsAreTabsWithArrowKeysAndTheChoiceIsRemembered() throws Exception {
        try (SiteServer server = SiteServer.start(site, "127.0.0.1", 0); Browser browser = Browser.start()) {
            browser.driver().get(server.url() + "scripts/welcome/");
            List<WebElement> tabs = browser.driver().findElements(By.cssSelector("#script-1-1-tab, #script-1-2-tab"));
            assertThat(tabs).extracting(WebElement::getText).containsExactly("正式版", "亲切版");
            assertThat(browser.driver().findElement(By.id("script-1-2")).isDisplayed()).isFalse();
            assertThat(browser.driver().findElement(By.cssSelector("#script-1-1 .script-label")).isDisplayed())
                    .isFalse();

            tabs.get(0).click();
            tabs.get(0).sendKeys(Keys.ARROW_RIGHT);
            assertThat(tabs.get(1).getAttribute("aria-selected")).isEqualTo("true");
            assertThat(browser.script("return document.activeElement.id")).isEqualTo("script-1-2-tab");
            assertThat(browser.driver().findElement(By.id("script-1-2")).isDisplayed()).isTrue();
            assertThat(browser.driver().findElement(By.id("script-1-1")).isDisplayed()).isFalse();

            browser.driver().navigate().refresh();
            assertThat(browser.driver().findElement(By.id("script-1-2-tab")).getAttribute("aria-selected"))
                    .isEqualTo("true");
            assertThat(browser.driver().findElement(By.id("script-1-2")).isDisplayed()).isTrue();
            assertThat(browser.consoleErrors()).isEmpty();
        }
    }

    @Test
    void filtersTheTemplatesListByScenarioTierAndStage() throws Exception {
        try (SiteServer server = SiteServer.start(site, "127.0.0.1", 0); Browser browser = Browser.start()) {
            browser.driver().get(server.url() + "scripts/");
            List<WebElement> items = browser.driver().findElements(By.cssSelector(".script-catalog-item"));
            assertThat(items).hasSize(2);
            WebElement count = browser.driver().findElement(By.cssSelector(".script-filter-count"));
            assertThat(count.getText()).isEqualTo("共 2 个模板，显示 2 个");

            new Select(browser.driver().findElement(By.cssSelector("select[data-filter=scenario]")))
                    .selectByValue("rules");
            assertThat(items.get(0).isDisplayed()).isFalse();
            assertThat(items.get(1).isDisplayed()).isTrue();
            assertThat(count.getText()).isEqualTo("共 2 个模板，显示 1 个");

            // The rules template names no tier, so it applies to every tier.
            new Select(browser.driver().findElement(By.cssSelector("select[data-filter=tier]")))
                    .selectByValue("strong");
            assertThat(items.get(1).isDisplayed()).isTrue();
            new Select(browser.driver().findElement(By.cssSelector("select[data-filter=scenario]")))
                    .selectByValue("");
            assertThat(items.get(0).isDisplayed()).isTrue();
            assertThat(browser.consoleErrors()).isEmpty();
        }
    }

    @Test
    void copiesThroughTheTextareaFallbackWhenTheClipboardApiIsMissing() throws Exception {
        try (SiteServer server = SiteServer.start(site, "127.0.0.1", 0); Browser browser = Browser.start()) {
            browser.driver().executeCdpCommand("Browser.grantPermissions", Map.of(
                    "origin", server.url().replaceAll("/$", ""),
                    "permissions", List.of("clipboardReadWrite", "clipboardSanitizedWrite")));
            // Keep a handle to read the clipboard back, then hide the API from the page's script.
            browser.driver().executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source",
                    "window.testClipboard = navigator.clipboard;"
                            + "Object.defineProperty(Navigator.prototype, 'clipboard', { get: function () {"
                            + " return undefined; } });"));
            browser.driver().get(server.url() + "scripts/rules/");
            type(browser.driver().findElement(By.name("品牌名")), "鹿🦌群");
            WebElement panel = browser.driver().findElement(By.cssSelector(".script-variant"));
            panel.findElement(By.cssSelector(".script-copy")).click();
            assertThat(panel.findElement(By.cssSelector(".script-status")).getText()).isEqualTo("已复制");
            assertThat(browser.driver().executeAsyncScript("var done = arguments[arguments.length - 1];"
                    + "window.testClipboard.readText().then(done, function (e) { done('ERROR ' + e); });"))
                    .isEqualTo("【鹿🦌群】群规");
            assertThat(browser.driver().findElements(By.cssSelector("textarea"))).isEmpty();
            assertThat(browser.consoleErrors()).isEmpty();
        }
    }

    @Test
    void worksWithoutLocalStorage() throws Exception {
        try (SiteServer server = SiteServer.start(site, "127.0.0.1", 0); Browser browser = Browser.start()) {
            browser.driver().executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source",
                    "Object.defineProperty(window, 'localStorage', { get: function () {"
                            + " throw new DOMException('denied', 'SecurityError'); } });"));
            browser.driver().get(server.url() + "scripts/welcome/");
            type(browser.driver().findElement(By.name("品牌名")), "小鹿");
            assertThat(browser.driver().findElement(By.cssSelector("#script-2-1 .script-text")).getText())
                    .isEqualTo("小鹿提醒：8折今晚结束");
            browser.driver().findElement(By.id("script-1-2-tab")).click();
            assertThat(browser.driver().findElement(By.id("script-1-2")).isDisplayed()).isTrue();
            assertThat(browser.consoleErrors()).isEmpty();
        }
    }

    /**
     * Clicks an element after scrolling it to the middle of the window: focusing the empty field
     * scrolls the page, which can leave the button under the page's fixed controls (back to top)
     * near the window's edge, where a reader would scroll before tapping too.
     */
    private static void clickInView(Browser browser, WebElement element) {
        browser.script("arguments[0].scrollIntoView({block: 'center'})", element);
        element.click();
    }
}
