package org.qunbook.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.qunbook.build.BuildOptions;
import org.qunbook.build.BuildResult;
import org.qunbook.testing.Browser;
import org.qunbook.testing.TestSite;

/** {@code qunbook serve} as a writer uses it: save, and the open page follows. */
class LivePreviewBrowserTest {

    @TempDir
    Path dir;

    @Test
    void editsShowUpWithoutAManualReloadAndBuildErrorsShowAnOverlayUntilFixed() throws Exception {
        TestSite.write(dir, TestSite.MINIMAL_CONFIG + """
                -- content/a.md --
                ---
                title: 初稿
                ---
                第一版正文。
                """);
        Path page = dir.resolve("content/a.md");
        Path site = dir.resolve("site");
        LiveReload liveReload = new LiveReload();
        BuildOptions options = BuildOptions.builder(dir.resolve("content"), site).serving(true).build();
        try (LivePreview preview = new LivePreview(options, liveReload, result -> { });
             SiteServer server = SiteServer.start(site, "127.0.0.1", 0, liveReload);
             Browser browser = Browser.start()) {
            BuildResult first = preview.build();
            assertThat(first.written()).isTrue();
            preview.watch(List.of(dir.resolve("content")));
            browser.driver().get(server.url() + "a/");
            assertThat(browser.driver().findElement(By.tagName("h1")).getText()).isEqualTo("初稿");
            browser.waitUpTo(Duration.ofSeconds(10)).until(d -> liveReload.clientCount() > 0);

            Files.writeString(page, "---\ntitle: 第二稿\n---\n第二版正文。\n", StandardCharsets.UTF_8);
            browser.waitUpTo(Duration.ofSeconds(15)).until(d ->
                    d.findElement(By.tagName("h1")).getText().equals("第二稿"));

            Files.writeString(page, "---\ntitle: 第二稿\ntittle: 错字\n---\n", StandardCharsets.UTF_8);
            browser.waitUpTo(Duration.ofSeconds(15)).until(d -> !d.findElements(By.id("qunbook-problems")).isEmpty());
            assertThat(browser.driver().findElement(By.id("qunbook-problems")).getText())
                    .contains("content/a.md:3:1").contains("unknown front matter key 'tittle'");
            assertThat(browser.driver().findElement(By.tagName("h1")).getText()).isEqualTo("第二稿");

            Files.writeString(page, "---\ntitle: 定稿\n---\n修好了。\n", StandardCharsets.UTF_8);
            browser.waitUpTo(Duration.ofSeconds(15)).until(d ->
                    d.findElement(By.tagName("h1")).getText().equals("定稿"));
            assertThat(browser.driver().findElements(By.id("qunbook-problems"))).isEmpty();
            assertThat(browser.consoleErrors()).isEmpty();
        }
    }

    @Test
    void aBodyEditReloadsTheEditedPageAndLeavesOtherOpenPagesAlone() throws Exception {
        TestSite.write(dir, TestSite.MINIMAL_CONFIG + """
                -- content/a.md --
                ---
                title: 甲篇
                ---
                甲的初稿。
                -- content/b.md --
                ---
                title: 乙篇
                ---
                乙的正文。
                """);
        Path page = dir.resolve("content/a.md");
        Path site = dir.resolve("site");
        LiveReload liveReload = new LiveReload();
        List<BuildResult> rebuilds = new CopyOnWriteArrayList<>();
        BuildOptions options = BuildOptions.builder(dir.resolve("content"), site).serving(true).build();
        try (LivePreview preview = new LivePreview(options, liveReload, rebuilds::add);
             SiteServer server = SiteServer.start(site, "127.0.0.1", 0, liveReload);
             Browser browser = Browser.start()) {
            assertThat(preview.build().written()).isTrue();
            preview.watch(List.of(dir.resolve("content")));
            browser.driver().get(server.url() + "b/");
            browser.waitUpTo(Duration.ofSeconds(10)).until(d -> liveReload.clientCount() > 0);
            JavascriptExecutor js = (JavascriptExecutor) browser.driver();
            js.executeScript("window.notReloaded = true;");

            Files.writeString(page, "---\ntitle: 甲篇\n---\n甲的第二稿。\n", StandardCharsets.UTF_8);
            browser.waitUpTo(Duration.ofSeconds(15)).until(d -> rebuilds.size() == 1);
            Thread.sleep(500); // time for a reload event to take effect, had one been sent to this page
            assertThat(js.executeScript("return window.notReloaded === true;")).isEqualTo(true);

            browser.driver().get(server.url() + "a/");
            browser.waitUpTo(Duration.ofSeconds(10)).until(d -> d.findElement(By.tagName("main")).getText()
                    .contains("甲的第二稿"));
            Thread.sleep(1000); // the page's event stream connects (the count still holds b's closed one)
            Files.writeString(page, "---\ntitle: 甲篇\n---\n甲的第三稿。\n", StandardCharsets.UTF_8);
            browser.waitUpTo(Duration.ofSeconds(15)).until(d ->
                    d.findElement(By.tagName("main")).getText().contains("甲的第三稿"));
            assertThat(browser.consoleErrors()).isEmpty();
        }
    }
}
