package org.qunbook.plugins.glossary;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.qunbook.serve.SiteServer;
import org.qunbook.testing.Browser;
import org.qunbook.testing.TestSite;

/** The tooltip in a real browser, served with the theme's CSP: keyboard focus shows it, Escape hides it. */
class GlossaryBrowserTest {

    @TempDir
    Path dir;

    @Test
    void focusingATermWithTheKeyboardShowsItsSummaryAndEscapeHidesIt() throws Exception {
        TestSite site = GlossarySites.site(dir, "", """
                -- content/a.md --
                ---
                title: 甲
                ---
                做私域要有耐心。
                """);
        site.build();
        try (SiteServer server = SiteServer.start(site.output(), "127.0.0.1", 0); Browser browser = Browser.start()) {
            browser.driver().get(server.url() + "a/");
            WebElement link = browser.driver().findElement(By.cssSelector("div.prose a.glossary-term"));
            WebElement tip = browser.driver().findElement(By.id(link.getAttribute("aria-describedby")));
            assertThat(tip.isDisplayed()).isFalse();

            // Tab through the page until the term link has focus, as a keyboard user would.
            Actions keyboard = new Actions(browser.driver());
            for (int i = 0; i < 60 && !link.equals(browser.driver().switchTo().activeElement()); i++) {
                keyboard.sendKeys(Keys.TAB).perform();
            }
            assertThat(browser.driver().switchTo().activeElement()).isEqualTo(link);
            browser.waitUpTo(Duration.ofSeconds(5)).until(d -> tip.isDisplayed());
            assertThat(tip.getText()).isEqualTo("品牌自己拥有、可反复触达的用户关系。");
            assertThat(tip.getAttribute("role")).isEqualTo("tooltip");

            keyboard.sendKeys(Keys.ESCAPE).perform();
            browser.waitUpTo(Duration.ofSeconds(5)).until(d -> !tip.isDisplayed());
            assertThat(browser.driver().switchTo().activeElement()).isEqualTo(link);

            // Hover shows it too.
            new Actions(browser.driver()).moveToElement(browser.driver().findElement(By.tagName("h1"))).perform();
            new Actions(browser.driver()).moveToElement(link).perform();
            browser.waitUpTo(Duration.ofSeconds(5)).until(d -> tip.isDisplayed());
            assertThat(browser.consoleErrors()).isEmpty();
        }
    }

    @Test
    void theBottomSheetsWordsAreThePluginsUiStringsWhichASiteRewords() throws Exception {
        TestSite site = GlossarySites.site(dir, "", """
                -- content/_theme/i18n/zh-CN.yml --
                plugin:
                  glossary:
                    tooltip: { more: "去看词条", close: "收起" }
                -- content/a.md --
                ---
                title: 甲
                ---
                做私域要有耐心。
                """);
        site.build();
        try (SiteServer server = SiteServer.start(site.output(), "127.0.0.1", 0); Browser browser = Browser.startPhone()) {
            browser.driver().get(server.url() + "a/");
            WebElement link = browser.driver().findElement(By.cssSelector("div.prose a.glossary-term"));
            browser.tap(link);
            WebElement tip = browser.driver().findElement(By.id(link.getAttribute("aria-describedby")));
            browser.waitUpTo(Duration.ofSeconds(5)).until(d -> tip.isDisplayed());
            assertThat(tip.findElement(By.cssSelector("a.glossary-tip-more")).getText()).isEqualTo("去看词条");
            assertThat(tip.findElement(By.cssSelector("button")).getAttribute("aria-label")).isEqualTo("收起");
            assertThat(browser.consoleErrors()).isEmpty();
        }
    }
}
