package org.qunbook.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.qunbook.build.Build;
import org.qunbook.build.BuildOptions;
import org.qunbook.build.BuildResult;
import org.qunbook.testing.Browser;
import org.qunbook.testing.TestSite;

/**
 * Offline reading in headless Chromium, served over http on 127.0.0.1 (a secure context) with
 * {@code default-src 'self'}. "Offline" is both DevTools network emulation for the page and a
 * server that drops every connection: the emulation does not cover the service worker's own fetches.
 */
class OfflineReadingBrowserTest {

    private static final Duration WAIT = Duration.ofSeconds(20);
    /** Saving the whole handbook is about 1,000 files over loopback, on a shared machine. */
    private static final Duration SAVE_WAIT = Duration.ofSeconds(180);

    @TempDir
    Path dir;

    @Test
    void visitedPagesTheSavedHandbookAndSearchWorkOffline() throws Exception {
        try (SwitchableSiteServer server = new SwitchableSiteServer(Repository.builtHandbook(), "/");
             Browser browser = Browser.start()) {
            browser.driver().get(server.url());
            waitForController(browser);
            assertThat(browser.script("return document.querySelector('link[rel=manifest]').href"))
                    .isEqualTo(server.url() + "manifest.webmanifest");
            browser.driver().get(server.url() + "playbooks/fission-campaign/");
            assertThat(title(browser)).isEqualTo("裂变活动");

            goOffline(browser, server, true);
            browser.driver().get(server.url() + "playbooks/fission-campaign/?highlight=裂变");
            assertThat(title(browser)).as("a visited page, offline").isEqualTo("裂变活动");
            assertThat(browser.driver().findElement(By.cssSelector("link[href$='qunbook.css']"))).isNotNull();
            assertThat(browser.script("return getComputedStyle(document.querySelector('.site-header')).position"))
                    .as("the stylesheet came from the cache").isNotEqualTo("static");
            browser.driver().get(server.url() + "playbooks/lifecycle/");
            assertThat(browser.driver().findElement(By.tagName("body")).getText())
                    .as("a page neither visited nor saved").contains("没有网络连接，这一页也还没有离线保存");

            goOffline(browser, server, false);
            browser.driver().get(server.url() + "playbooks/");
            WebElement box = browser.waitUpTo(WAIT).until(d -> {
                WebElement found = d.findElement(By.id("offline-save"));
                return found.isDisplayed() ? found : null;
            });
            WebElement start = box.findElement(By.cssSelector(".offline-save-start"));
            assertThat(start.getText()).isEqualTo("离线保存整本手册");
            assertThat(start.getSize().getHeight()).as("a 44 px touch target").isGreaterThanOrEqualTo(44);
            browser.script("arguments[0].scrollIntoView({block: 'center'})", start);
            start.click();
            browser.waitUpTo(WAIT).until(d -> "confirm".equals(box.getAttribute("data-state")));
            String size = box.findElement(By.cssSelector(".offline-save-status")).getText();
            long files = ((Number) browser.script("return fetch('" + server.url()
                    + "offline-manifest.json').then(r => r.json()).then(l => l.files)")).longValue();
            assertThat(size).as("the size is shown before anything is downloaded")
                    .matches("整本手册共 " + files + " 个文件，约 \\d+\\.\\d MB。保存后没有网络也能阅读和搜索。");
            box.findElement(By.cssSelector(".offline-save-confirm")).click();
            browser.waitUpTo(SAVE_WAIT).until(d -> "saved".equals(box.getAttribute("data-state"))
                    || "failed".equals(box.getAttribute("data-state")));
            assertThat(box.getAttribute("data-state")).as(box.getText()).isEqualTo("saved");
            assertThat(box.findElement(By.cssSelector(".offline-save-status")).getText()).startsWith("已离线保存整本手册（");

            goOffline(browser, server, true);
            browser.driver().get(server.url() + "playbooks/lifecycle/");
            assertThat(title(browser)).as("a saved page, offline").isNotEmpty().doesNotContain("没有网络");
            browser.driver().get(server.url() + "scripts/");
            // The search runs in a Web Worker whose fetches of search/… go through the service worker.
            WebElement input = browser.driver().findElement(By.id("site-search-input"));
            input.sendKeys("复购率");
            browser.waitUpTo(WAIT).until(d -> d.findElements(By.cssSelector("#site-search-listbox [role=option] a"))
                    .stream().anyMatch(a -> a.getAttribute("href").contains("glossary/fugoulv/")));
            browser.driver().get(server.url() + "search/?q=" + java.net.URLEncoder.encode("拉新", StandardCharsets.UTF_8));
            browser.waitUpTo(WAIT).until(d -> !d.findElements(By.cssSelector(".search-results .search-result"))
                    .isEmpty());

            // "移除离线副本" deletes what was kept: offline, the page is gone again.
            goOffline(browser, server, false);
            browser.driver().get(server.url() + "playbooks/");
            WebElement saved = browser.waitUpTo(WAIT).until(d -> {
                WebElement found = d.findElement(By.id("offline-save"));
                return "saved".equals(found.getAttribute("data-state")) ? found : null;
            });
            WebElement remove = saved.findElement(By.cssSelector(".offline-save-remove"));
            browser.script("arguments[0].scrollIntoView({block: 'center'})", remove);
            remove.click();
            browser.waitUpTo(WAIT).until(d -> "removed".equals(saved.getAttribute("data-state")));
            assertThat(browser.script("return caches.keys().then(k => k.length)")).isEqualTo(0L);
            assertThat(browser.consoleErrors()).allMatch(OfflineReadingBrowserTest::offlineFailure);
        }
    }

    @Test
    void underASubPathANewBuildReplacesTheCachedPagesAndOldCachesGo() throws Exception {
        Path source = dir.resolve("content");
        Path site = dir.resolve("public");
        write(source, "第一版的内容。");
        build(source, site, "/handbook/");
        try (SwitchableSiteServer server = new SwitchableSiteServer(site, "/handbook/");
             Browser browser = Browser.start()) {
            browser.driver().get(server.url());
            waitForController(browser);
            assertThat(browser.script("return navigator.serviceWorker.getRegistration().then(r => r.scope)"))
                    .isEqualTo(server.url());
            browser.driver().get(server.url() + "guide/");
            assertThat(text(browser)).contains("第一版的内容。");
            String firstVersion = version(site);
            saveWholeBook(browser);

            // Deploy a build with the page changed: online, a reload shows it at once (network first)...
            Path next = dir.resolve("public-2");
            write(source, "第二版的内容。");
            build(source, next, "/handbook/");
            assertThat(version(next)).isNotEqualTo(firstVersion);
            server.serve(next);
            server.takeRequests();
            browser.driver().navigate().refresh();
            assertThat(text(browser)).contains("第二版的内容。");
            // ...the browser finds the new worker, which carries the kept pages over and deletes the old cache.
            browser.script("return navigator.serviceWorker.getRegistration().then(r => r.update())");
            String prefix = "qunbook-offline:" + server.url() + ":";
            try {
                browser.waitUpTo(WAIT).until(d -> List.of(prefix + version(next)).equals(browser.script(
                        "return caches.keys()")));
            } catch (org.openqa.selenium.TimeoutException e) {
                // What each cache holds says whether the new worker failed to install or an old cache came back.
                throw new AssertionError("expected only the cache of version " + version(next) + ", found: "
                        + browser.script("return caches.keys().then(ns => Promise.all(ns.map(n => caches.open(n)"
                        + ".then(c => c.keys()).then(ks => n + ' [' + ks.map(k => k.url).join(' ') + ']'))))"), e);
            }

            assertThat(server.takeRequests()).as("the saved book is carried over: the changed page is downloaded,"
                    + " the unchanged ones copied, also under a Chinese URL").contains("/handbook/guide/")
                    .doesNotContain("/handbook/other/", "/handbook/tags/企业微信/");

            goOffline(browser, server, true);
            browser.driver().get(server.url() + "guide/");
            assertThat(text(browser)).as("offline, the kept page is the new build's").contains("第二版的内容。");
            browser.driver().get(server.url() + "other/");
            assertThat(text(browser)).as("a saved page never visited, carried over").contains("另一页，两版相同。");
            browser.waitUpTo(WAIT).until(d -> "saved".equals(d.findElement(By.id("offline-save")).getAttribute("data-state")));
            browser.driver().get(server.url());
            assertThat(browser.driver().findElement(By.cssSelector(".site-title")).getText())
                    .as("the first page, loaded before the worker ran, was kept too").isEqualTo("离线测试");
            goOffline(browser, server, false);

            // Offline reading switched off: the next visit unregisters the worker and deletes its caches.
            Path off = dir.resolve("public-off");
            Files.writeString(source.resolve("qunbook.yml"), "title: 离线测试\nbase_url: /handbook/\n");
            build(source, off, "/handbook/");
            assertThat(off.resolve("sw.js")).doesNotExist();
            server.serve(off);
            browser.driver().get(server.url() + "guide/");
            browser.waitUpTo(WAIT).until(d -> Boolean.TRUE.equals(browser.script(
                    "return navigator.serviceWorker.getRegistrations().then(r => r.length === 0)"
                            + ".then(none => caches.keys().then(k => none && k.length === 0))")));
            assertThat(browser.consoleErrors()).allMatch(OfflineReadingBrowserTest::offlineFailure);
        }
    }

    @Test
    void fromFileNothingIsRegisteredAndTheControlStaysHidden() throws Exception {
        Path source = dir.resolve("content");
        Path site = dir.resolve("public");
        write(source, "从磁盘打开。");
        build(source, site, "/");
        try (Browser browser = Browser.start()) {
            browser.driver().get(site.resolve("guide/index.html").toUri().toString());
            assertThat(text(browser)).contains("从磁盘打开。");
            assertThat(browser.driver().findElement(By.id("offline-save")).isDisplayed()).isFalse();
            assertThat(browser.driver().findElements(By.cssSelector("link[rel=manifest]"))).isEmpty();
            assertThat(browser.script("return 'serviceWorker' in navigator && !!navigator.serviceWorker.controller"))
                    .isEqualTo(false);
            assertThat(browser.consoleErrors()).isEmpty();
        }
    }

    /** Clicks "离线保存整本手册", confirms the size shown, waits until everything is saved. */
    private static void saveWholeBook(Browser browser) {
        WebElement box = browser.waitUpTo(WAIT).until(d -> {
            WebElement found = d.findElement(By.id("offline-save"));
            return found.isDisplayed() ? found : null;
        });
        WebElement start = box.findElement(By.cssSelector(".offline-save-start"));
        browser.script("arguments[0].scrollIntoView({block: 'center'})", start);
        start.click();
        browser.waitUpTo(WAIT).until(d -> "confirm".equals(box.getAttribute("data-state")));
        box.findElement(By.cssSelector(".offline-save-confirm")).click();
        browser.waitUpTo(WAIT).until(d -> "saved".equals(box.getAttribute("data-state")));
    }

    @Test
    void onANetworkThatDoesNotAnswerAKeptPageIsShownWithoutWaitingForIt() throws Exception {
        Path source = dir.resolve("content");
        Path site = dir.resolve("public");
        write(source, "第一版的内容。");
        build(source, site, "/handbook/");
        try (SwitchableSiteServer server = new SwitchableSiteServer(site, "/handbook/");
             Browser browser = Browser.start()) {
            browser.driver().get(server.url());
            waitForController(browser);
            browser.driver().get(server.url() + "guide/");
            assertThat(text(browser)).contains("第一版的内容。");

            // Requests now hang unanswered (a weak signal), until released: without the worker's wait
            // limit the page would wait for them as long as they hang, past this page-load timeout.
            server.stalled(true);
            browser.driver().manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
            browser.driver().get(server.url() + "guide/");
            assertThat(text(browser)).as("the kept page").contains("第一版的内容。");

            // Released, the network answers again: a page not kept comes from it.
            server.stalled(false);
            browser.driver().get(server.url() + "other/");
            assertThat(title(browser)).isEqualTo("另一页");
        }
    }

    /** A small site with offline reading on; its guide page says {@code text}. */
    private static void write(Path source, String text) throws Exception {
        TestSite.write(source.getParent(), """
                -- content/qunbook.yml --
                title: 离线测试
                base_url: /handbook/
                offline: { enabled: true }
                -- content/guide.md --
                ---
                title: 指南
                ---
                %s
                -- content/other.md --
                ---
                title: 另一页
                tags: [企业微信]
                ---
                另一页，两版相同。
                """.formatted(text));
    }

    private static void build(Path source, Path site, String baseUrl) {
        BuildResult result = new Build(BuildOptions.builder(source, site).baseUrl(Optional.of(baseUrl)).build()).run();
        assertThat(TestSite.format(result.problems())).isEmpty();
        assertThat(result.written()).isTrue();
    }

    private static String version(Path site) {
        try {
            String list = Files.readString(site.resolve("offline-manifest.json"), StandardCharsets.UTF_8);
            return list.replaceFirst("(?s)^\\{\"version\":\"([0-9a-f]+)\".*", "$1");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Waits until the service worker controls the page (it claims open pages when it activates). */
    private static void waitForController(Browser browser) {
        browser.waitUpTo(WAIT).until(d -> Boolean.TRUE.equals(browser.script(
                "return !!navigator.serviceWorker.controller")));
    }

    private static void goOffline(Browser browser, SwitchableSiteServer server, boolean offline) {
        server.online(!offline);
        browser.driver().executeCdpCommand("Network.enable", Map.of());
        browser.driver().executeCdpCommand("Network.emulateNetworkConditions", Map.of("offline", offline,
                "latency", 0, "downloadThroughput", -1, "uploadThroughput", -1));
    }

    /**
     * What Chromium logs while offline, and only then: a request that found no network, the worker's
     * 503 page for a page not saved. Anything else (a CSP violation, a script error) fails the test.
     */
    private static boolean offlineFailure(String consoleError) {
        return consoleError.endsWith("Failed to load resource: net::ERR_FAILED")
                || consoleError.endsWith("Failed to load resource: the server responded with a status of 503 ()");
    }

    private static String title(Browser browser) {
        List<WebElement> h1 = browser.driver().findElements(By.tagName("h1"));
        return h1.isEmpty() ? "" : h1.get(0).getText();
    }

    private static String text(Browser browser) {
        return browser.driver().findElement(By.tagName("body")).getText();
    }
}
