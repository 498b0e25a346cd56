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
import org.openqa.selenium.WebElement;
import org.qunbook.serve.SiteServer;
import org.qunbook.testing.Browser;
import org.qunbook.testing.TestSite;

/**
 * A site rewords the plugin's strings in content/_theme/i18n (the copy button, written by Java;
 * the "copied" status, written by script-templates.js), and the values a reader typed before they
 * were kept per site are taken over.
 */
class ScriptTemplatesMessagesBrowserTest {

    @TempDir
    static Path dir;

    static Path site;

    @BeforeAll
    static void buildSite() {
        site = TestSite.write(dir, ScriptTemplatesSiteTest.CONFIG + ScriptTemplatesSiteTest.WELCOME + """
                -- content/_theme/i18n/zh-CN.yml --
                plugin:
                  script-templates:
                    copy: "复制话术"
                    copied: "复制好了"
                """).buildClean().output();
    }

    @Test
    void theSitesWordingShowsAndCopyingWorksWithIt() throws Exception {
        try (SiteServer server = SiteServer.start(site, "127.0.0.1", 0); Browser browser = Browser.start()) {
            browser.driver().executeCdpCommand("Browser.grantPermissions", Map.of(
                    "origin", server.url().replaceAll("/$", ""),
                    "permissions", List.of("clipboardReadWrite", "clipboardSanitizedWrite")));
            // A value saved under the old key, shared by every site of the origin, is taken over.
            browser.driver().get(server.url() + "scripts/welcome/");
            browser.script("localStorage.clear(); localStorage.setItem('qunbook.scripts.values', "
                    + "JSON.stringify({'品牌名': '小鹿优选'}))");
            browser.driver().navigate().refresh();
            assertThat(browser.driver().findElement(By.name("品牌名")).getAttribute("value")).isEqualTo("小鹿优选");
            assertThat((String) browser.script("return localStorage.getItem(arguments[0])",
                    "qunbook.scripts.values:" + server.url())).contains("小鹿优选");

            WebElement formal = browser.driver().findElement(By.id("script-1-1"));
            WebElement copy = formal.findElement(By.cssSelector(".script-copy"));
            assertThat(copy.getText()).isEqualTo("复制话术");
            copy.click();
            browser.waitUpTo(Duration.ofSeconds(5)).until(d ->
                    formal.findElement(By.cssSelector(".script-status")).getText().equals("复制好了"));
            assertThat(browser.driver().executeAsyncScript("var done = arguments[arguments.length - 1];"
                    + "navigator.clipboard.readText().then(done, function (e) { done('ERROR ' + e); });"))
                    .isEqualTo("欢迎加入小鹿优选！\n全场8折 🎉");
            assertThat(browser.consoleErrors()).isEmpty();
        }
    }
}
