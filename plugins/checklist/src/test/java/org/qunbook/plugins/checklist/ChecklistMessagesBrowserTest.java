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
import org.openqa.selenium.WebElement;
import org.qunbook.serve.SiteServer;
import org.qunbook.testing.Browser;
import org.qunbook.testing.TestSite;

/**
 * The plugin's strings are the site's to change: content/_theme/i18n/zh-CN.yml rewords one written
 * by Java (the link back to the setup page) and two written by checklist.js (through the runtime
 * script), over http and from file://; copying still works with them.
 */
class ChecklistMessagesBrowserTest {

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
                    options: { steps: 1 }
                -- content/_theme/i18n/zh-CN.yml --
                plugin:
                  checklist:
                    copyMarkdown: "导出为 Markdown"
                    copied: "复制好了，直接粘贴即可。"
                    setup:
                      back: "回到全部搭建步骤"
                -- content/playbooks/first.md --
                ---
                title: 定位
                setup_step: 1
                ---
                ### 定位检查清单

                - [ ] 写出用户画像
                - [ ] 确定主目的
                """).buildClean();
    }

    @Test
    void theSitesWordingShowsInTheJavaAndTheScriptPartsAndCopyingWorks() throws Exception {
        assertThat(site.page("playbooks/first/").select(".checklist-setup-back a").text()).isEqualTo("回到全部搭建步骤");
        try (SiteServer server = SiteServer.start(site.output(), "127.0.0.1", 0); Browser browser = Browser.start()) {
            browser.driver().executeCdpCommand("Browser.grantPermissions", Map.of(
                    "origin", server.url().replaceAll("/$", ""),
                    "permissions", List.of("clipboardReadWrite", "clipboardSanitizedWrite")));
            browser.driver().get(server.url() + "playbooks/first/");
            WebElement copy = browser.driver().findElement(By.cssSelector(".checklist-copy"));
            assertThat(copy.getText()).isEqualTo("导出为 Markdown");
            assertThat(browser.driver().findElement(By.cssSelector(".checklist-reset")).getText())
                    .as("a string the site did not override stays the plugin's").isEqualTo("清空");
            browser.driver().findElements(By.cssSelector(".checklist-item input[type=checkbox]")).get(1).click();
            copy.click();
            WebElement message = browser.driver().findElement(By.cssSelector(".checklist .checklist-output-message"));
            browser.waitUpTo(Duration.ofSeconds(5)).until(d -> message.getText().equals("复制好了，直接粘贴即可。"));
            Object clipboard = browser.driver().executeAsyncScript("var done = arguments[arguments.length - 1];"
                    + "navigator.clipboard.readText().then(done, function (e) { done('ERROR ' + e); });");
            assertThat(clipboard).isEqualTo("### 定位检查清单\n\n- [ ] 写出用户画像\n- [x] 确定主目的\n");
            assertThat(browser.consoleErrors()).isEmpty();
        }
    }

    @Test
    void fromFileTheStringsAndTheProgressWorkKeyedByTheSitesFolder() {
        try (Browser browser = Browser.start()) {
            String page = site.output().resolve("playbooks/first/index.html").toUri().toString();
            browser.driver().get(page);
            assertThat(browser.driver().findElement(By.cssSelector(".checklist-copy")).getText()).isEqualTo("导出为 Markdown");
            browser.driver().findElements(By.cssSelector(".checklist-item input[type=checkbox]")).get(0).click();
            browser.driver().navigate().refresh();
            assertThat(browser.driver().findElements(By.cssSelector(".checklist-item input[type=checkbox]")).get(0)
                    .isSelected()).isTrue();
            String root = site.output().toUri().toString();
            assertThat(browser.script("return window.qunbook.root()")).isEqualTo(root.endsWith("/") ? root : root + "/");
            assertThat((String) browser.script("return localStorage.getItem(arguments[0])",
                    "qunbook.checklist:" + (root.endsWith("/") ? root : root + "/"))).contains("\"ticks\"");
            assertThat(browser.consoleErrors()).isEmpty();
        }
    }
}
