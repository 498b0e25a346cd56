package org.qunbook.plugins.checklist;

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
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.qunbook.serve.SiteServer;
import org.qunbook.testing.Browser;
import org.qunbook.testing.TestSite;

/** Checklists in a real browser, served with the CSP the theme promises. */
class ChecklistBrowserTest {

    @TempDir
    static Path dir;

    static TestSite site;

    @BeforeAll
    static void buildSite() {
        site = TestSite.write(dir, """
                -- content/qunbook.yml --
                title: 站点
                types:
                  playbook:
                    folder: playbooks
                    fields:
                      setup_step: { type: integer }
                plugins:
                  - name: checklist
                    options: { steps: 2 }
                -- content/playbooks/first.md --
                ---
                title: 定位
                setup_step: 1
                ---
                ### 定位检查清单

                - [ ] 写出用户画像
                - [ ] 确定主目的
                - [ ] 选定引流礼品
                -- content/playbooks/second.md --
                ---
                title: 目标
                setup_step: 2
                ---
                ### 目标检查清单

                - [ ] 写下长期目标
                """).buildClean();
    }

    private static List<WebElement> boxes(Browser browser) {
        return browser.driver().findElements(By.cssSelector(".checklist-item input[type=checkbox]"));
    }

    private static String count(Browser browser) {
        return browser.driver().findElement(By.cssSelector(".checklist > .checklist-progress .checklist-count"))
                .getText();
    }

    @Test
    void ticksSurviveReloadsProfilesKeepSeparateProgressAndResetClears() throws Exception {
        try (SiteServer server = SiteServer.start(site.output(), "127.0.0.1", 0); Browser browser = Browser.start()) {
            browser.driver().get(server.url() + "playbooks/first/");
            assertThat(boxes(browser)).hasSize(3).allMatch(WebElement::isEnabled);
            assertThat(count(browser)).isEqualTo("0 / 3");

            boxes(browser).get(1).click();
            assertThat(count(browser)).isEqualTo("1 / 3");
            browser.driver().navigate().refresh();
            assertThat(boxes(browser).get(1).isSelected()).isTrue();
            assertThat(boxes(browser).get(0).isSelected()).isFalse();
            assertThat(count(browser)).isEqualTo("1 / 3");

            // A second group profile starts empty; switching back shows the first group's ticks.
            // Named in a dialog in the page (no prompt()): Cancel does nothing, 新建 creates.
            browser.driver().findElement(By.cssSelector(".checklist-profile-add")).click();
            WebElement dialog = openDialog(browser);
            assertThat(dialog.findElement(By.cssSelector(".checklist-dialog-message")).getText())
                    .isEqualTo("新群档案的名称：");
            dialog.findElement(By.cssSelector(".checklist-dialog-cancel")).click();
            browser.waitUpTo(Duration.ofSeconds(5)).until(d -> d.findElements(By.cssSelector("dialog")).isEmpty());
            assertThat(new Select(browser.driver().findElement(By.cssSelector(".checklist-profile-select")))
                    .getOptions()).hasSize(1);
            browser.driver().findElement(By.cssSelector(".checklist-profile-add")).click();
            dialog = openDialog(browser);
            assertThat(browser.driver().switchTo().activeElement())
                    .isEqualTo(dialog.findElement(By.cssSelector("input")));
            browser.driver().switchTo().activeElement().sendKeys("二群", org.openqa.selenium.Keys.ENTER);
            browser.waitUpTo(Duration.ofSeconds(5)).until(d -> d.findElements(By.cssSelector("dialog")).isEmpty());
            Select profiles = new Select(browser.driver().findElement(By.cssSelector(".checklist-profile-select")));
            assertThat(profiles.getFirstSelectedOption().getText()).isEqualTo("二群");
            assertThat(count(browser)).isEqualTo("0 / 3");
            boxes(browser).get(2).click();
            assertThat(count(browser)).isEqualTo("1 / 3");
            profiles.selectByVisibleText("默认");
            assertThat(boxes(browser).get(1).isSelected()).isTrue();
            assertThat(boxes(browser).get(2).isSelected()).isFalse();
            browser.driver().navigate().refresh();
            assertThat(new Select(browser.driver().findElement(By.cssSelector(".checklist-profile-select")))
                    .getFirstSelectedOption().getText()).as("the current profile is remembered").isEqualTo("默认");

            browser.driver().findElement(By.cssSelector(".checklist-reset")).click();
            WebElement confirm = openDialog(browser);
            assertThat(browser.driver().switchTo().activeElement())
                    .as("a destructive action starts on 取消").isEqualTo(confirm.findElement(By.cssSelector(".checklist-dialog-cancel")));
            confirm.findElement(By.cssSelector(".checklist-dialog-ok.checklist-dialog-danger")).click();
            assertThat(count(browser)).isEqualTo("0 / 3");
            assertThat(boxes(browser)).noneMatch(WebElement::isSelected);
            browser.driver().navigate().refresh();
            assertThat(count(browser)).isEqualTo("0 / 3");
            assertThat(browser.consoleErrors()).isEmpty();
        }
    }

    @Test
    void copiesTheChecklistAsMarkdownWithItsTicks() throws Exception {
        try (SiteServer server = SiteServer.start(site.output(), "127.0.0.1", 0); Browser browser = Browser.start()) {
            browser.driver().get(server.url() + "playbooks/first/");
            boxes(browser).get(0).click();
            boxes(browser).get(2).sendKeys(Keys.SPACE);   // keyboard-operable: Space ticks a focused box
            browser.driver().findElement(By.cssSelector(".checklist-copy")).click();
            WebElement markdown = browser.driver().findElement(By.cssSelector(".checklist .checklist-output-text"));
            assertThat(markdown.isDisplayed()).isTrue();
            assertThat(markdown.getDomProperty("value")).isEqualTo("""
                    ### 定位检查清单

                    - [x] 写出用户画像
                    - [ ] 确定主目的
                    - [x] 选定引流礼品
                    """);
            assertThat(browser.consoleErrors()).isEmpty();
        }
    }

    @Test
    void printsCleanBoxesWithoutToolsOrNavigation() throws Exception {
        try (SiteServer server = SiteServer.start(site.output(), "127.0.0.1", 0); Browser browser = Browser.start()) {
            browser.driver().get(server.url() + "playbooks/first/");
            boxes(browser).get(0).click();
            browser.driver().executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
            for (String hidden : List.of(".checklist-profiles", ".checklist-tools", ".checklist-progress progress",
                    "nav.sidebar")) {
                assertThat(browser.driver().findElement(By.cssSelector(hidden)).isDisplayed()).as(hidden).isFalse();
            }
            assertThat(boxes(browser)).allMatch(WebElement::isDisplayed);
            assertThat(browser.script("return getComputedStyle(arguments[0]).appearance", boxes(browser).get(0)))
                    .isEqualTo("none");
            assertThat(browser.script("return getComputedStyle(arguments[0], '::after').content", boxes(browser).get(0)))
                    .isEqualTo("\"✓\"");
            assertThat(browser.consoleErrors()).isEmpty();
        }
    }

    @Test
    void theSetupPageSharesProgressWithThePlaybooksAndSumsIt() throws Exception {
        try (SiteServer server = SiteServer.start(site.output(), "127.0.0.1", 0); Browser browser = Browser.start()) {
            browser.driver().get(server.url() + "playbooks/second/");
            boxes(browser).get(0).click();
            browser.driver().get(server.url() + "setup/");
            assertThat(browser.driver().findElement(By.tagName("h1")).getText()).isEqualTo("新群搭建清单");
            assertThat(boxes(browser)).hasSize(4);
            assertThat(boxes(browser).get(3).isSelected()).isTrue();
            String overall = ".checklist-setup > .checklist-scope-progress .checklist-count";
            assertThat(browser.driver().findElement(By.cssSelector(overall)).getText()).isEqualTo("1 / 4");
            boxes(browser).get(0).click();
            assertThat(browser.driver().findElement(By.cssSelector(overall)).getText()).isEqualTo("2 / 4");
            assertThat(browser.driver().findElements(By.cssSelector(
                    ".checklist-setup-step > .checklist-scope-progress .checklist-count")).stream()
                    .map(WebElement::getText).toList()).containsExactly("1 / 3", "1 / 1");
            browser.driver().get(server.url() + "playbooks/first/");
            assertThat(boxes(browser).get(0).isSelected()).isTrue();
            assertThat(browser.consoleErrors()).isEmpty();
        }
    }

    /** The open in-page dialog; a native alert/prompt/confirm would fail the wait. */
    private static WebElement openDialog(Browser browser) {
        return browser.waitUpTo(Duration.ofSeconds(5)).until(d -> {
            if (ExpectedConditions.alertIsPresent().apply(d) != null) {
                throw new AssertionError("a native dialog opened instead of the page's own");
            }
            return d.findElements(By.cssSelector("dialog.checklist-dialog[open]")).stream().findFirst().orElse(null);
        });
    }

    @Test
    void anExportedLinkImportsTheProgressAsAProfileAfterConfirmation() throws Exception {
        try (SiteServer server = SiteServer.start(site.output(), "127.0.0.1", 0); Browser browser = Browser.start()) {
            browser.driver().get(server.url() + "playbooks/first/");
            boxes(browser).get(1).click();
            browser.driver().findElement(By.cssSelector(".checklist-export")).click();
            String link = browser.driver().findElement(By.cssSelector(".checklist-profiles .checklist-output-text"))
                    .getDomProperty("value");
            assertThat(link).startsWith(server.url() + "playbooks/first/#checklist-state=");

            browser.script("localStorage.clear()");
            browser.driver().get(server.url() + "setup/");
            browser.driver().get(link);
            WebElement dialog = openDialog(browser);
            assertThat(dialog.findElement(By.cssSelector(".checklist-dialog-ok")).getText()).isEqualTo("导入");
            dialog.findElement(By.cssSelector(".checklist-dialog-ok")).click();
            assertThat(new Select(browser.driver().findElement(By.cssSelector(".checklist-profile-select")))
                    .getFirstSelectedOption().getText()).isEqualTo("默认 (2)");
            assertThat(boxes(browser).get(1).isSelected()).isTrue();
            assertThat(count(browser)).isEqualTo("1 / 3");
            assertThat(browser.driver().getCurrentUrl()).doesNotContain("checklist-state");
            assertThat(browser.consoleErrors()).isEmpty();
        }
    }
}
