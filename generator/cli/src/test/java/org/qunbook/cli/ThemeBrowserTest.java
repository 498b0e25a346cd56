package org.qunbook.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.qunbook.serve.SiteServer;
import org.qunbook.testing.Browser;

/** The default theme in a real browser, served with the CSP the theme promises. */
class ThemeBrowserTest {

    static Path site;

    @BeforeAll
    static void buildTheHandbook() {
        site = Repository.builtHandbook();
    }

    @Test
    void followsTheSidebarToAPlaybookAndTogglesDarkModeWithoutConsoleErrors() throws Exception {
        try (SiteServer server = SiteServer.start(site, "127.0.0.1", 0); Browser browser = Browser.start()) {
            browser.driver().get(server.url());
            assertThat(browser.driver().findElement(By.tagName("h1")).getText()).isNotBlank();

            WebElement playbook = browser.driver().findElement(
                    By.cssSelector("nav.sidebar a[href*='playbooks/setup-positioning/']"));
            // On the home page no section is current: each is folded behind its toggle.
            assertThat(playbook.isDisplayed()).isFalse();
            WebElement toggle = browser.driver().findElement(
                    By.cssSelector("nav.sidebar .nav-section[data-section=playbooks] .nav-section-toggle"));
            assertThat(toggle.getAttribute("aria-expanded")).isEqualTo("false");
            toggle.click();
            assertThat(toggle.getAttribute("aria-expanded")).isEqualTo("true");
            playbook.click();
            browser.waitUpTo(Duration.ofSeconds(10)).until(d -> d.getCurrentUrl().contains("setup-positioning"));
            assertThat(browser.driver().findElement(By.tagName("h1")).getText()).isEqualTo("找准社群定位");
            assertThat(browser.driver().findElement(By.cssSelector("nav.sidebar [aria-current=page]")).getText())
                    .isEqualTo("找准社群定位");

            String before = String.valueOf(browser.script(
                    "return getComputedStyle(document.body).backgroundColor"));
            browser.driver().findElement(By.id("theme-toggle")).click();
            String theme = String.valueOf(browser.script("return document.documentElement.dataset.theme"));
            assertThat(theme).isIn("dark", "light");
            String after = String.valueOf(browser.script("return getComputedStyle(document.body).backgroundColor"));
            assertThat(after).isNotEqualTo(before);
            assertThat(browser.script("return localStorage.getItem('qunbook.theme')")).isEqualTo(theme);

            browser.driver().navigate().refresh();
            assertThat(browser.script("return document.documentElement.dataset.theme")).isEqualTo(theme);
            assertThat(browser.consoleErrors()).isEmpty();
        }
    }
}
