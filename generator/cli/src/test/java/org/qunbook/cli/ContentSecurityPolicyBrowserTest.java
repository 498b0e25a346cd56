package org.qunbook.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.qunbook.render.ContentSecurityPolicy;
import org.qunbook.testing.Browser;
import org.qunbook.testing.TestSite;

/**
 * Every page carries the policy {@code serve} sends as a header, as a {@code <meta http-equiv>}, so a
 * host without headers (GitHub Pages) and a site opened from disk enforce it too: checked in Chromium
 * with a plain file server that sends no policy, and from file://.
 */
class ContentSecurityPolicyBrowserTest {

    private static final Duration WAIT = Duration.ofSeconds(15);

    @TempDir
    static Path dir;
    static Path handbook;
    static Path trusting;

    @BeforeAll
    static void build() {
        handbook = Repository.builtHandbook();
        // A site that opted out of the HTML policy: its inline script must still not run.
        trusting = TestSite.write(dir, """
                -- content/qunbook.yml --
                title: 测试站点
                markdown: { unsafe_html: true }
                -- content/_index.md --
                ---
                title: 首页
                ---
                <script>document.title = 'pwned';</script>

                <img src="pixel.png" onerror="document.title = 'pwned too'">
                -- content/pixel.png --
                not a png, so the image fails and onerror would fire
                """).buildClean().output();
    }

    @Test
    void everyPageCarriesThePolicyServeSends() throws IOException {
        try (Stream<Path> files = Files.walk(handbook)) {
            List<Path> pages = files.filter(p -> p.toString().endsWith(".html")).toList();
            assertThat(pages).hasSizeGreaterThan(80);
            for (Path page : pages) {
                Document html = Jsoup.parse(page.toFile(), "UTF-8");
                assertThat(html.select("head > meta[http-equiv=Content-Security-Policy]").eachAttr("content"))
                        .as(page.toString()).containsExactly(ContentSecurityPolicy.POLICY);
                assertThat(html.selectFirst("head > meta[http-equiv=Content-Security-Policy]").elementSiblingIndex())
                        .as("before anything it governs: " + page).isLessThanOrEqualTo(1);
            }
        }
    }

    @Test
    void theMetaStopsInlineScriptOverHttpWithoutAHeaderAndTheThemeStillWorks() throws Exception {
        HttpServer server = plainFileServer();
        String base = "http://127.0.0.1:" + server.getAddress().getPort() + "/";
        try (Browser browser = Browser.start()) {
            browser.driver().get(base + "trusting/index.html");
            assertThat(browser.driver().getTitle()).doesNotContain("pwned");
            assertThat(browser.consoleErrors()).anyMatch(e -> e.contains("Content Security Policy"));

            browser.driver().get(base + "handbook/playbooks/index.html");
            searchFinds(browser, "ARPU", "glossary/arpu/");
            assertThat(browser.consoleErrors()).isEmpty();
        } finally {
            server.stop(0);
        }
    }

    @Test
    void theMetaHoldsFromFileUrlsAndTheThemeStillWorks() throws Exception {
        try (Browser browser = Browser.start()) {
            browser.driver().get(trusting.resolve("index.html").toUri().toString());
            assertThat(browser.driver().getTitle()).doesNotContain("pwned");
            assertThat(browser.consoleErrors()).anyMatch(e -> e.contains("Content Security Policy"));

            browser.driver().get(handbook.resolve("index.html").toUri().toString());
            searchFinds(browser, "ARPU", "glossary/arpu/");
            assertThat(browser.consoleErrors()).isEmpty();
        }
    }

    private static void searchFinds(Browser browser, String query, String href) {
        WebElement input = browser.driver().findElement(By.id("site-search-input"));
        input.sendKeys(query);
        browser.waitUpTo(WAIT).until(d -> d.findElements(By.cssSelector("#site-search-listbox [role=option] a")).stream()
                .anyMatch(a -> a.getAttribute("href").contains(href)));
    }

    /** Serves the two sites as files, with a content type and no Content-Security-Policy header. */
    private static HttpServer plainFileServer() throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            String path = exchange.getRequestURI().getPath();
            Path root = path.startsWith("/handbook/") ? handbook : trusting;
            Path file = root.resolve(path.replaceFirst("^/(handbook|trusting)/", "")).normalize();
            if (!file.startsWith(root) || !Files.isRegularFile(file)) {
                exchange.sendResponseHeaders(404, -1);
                exchange.close();
                return;
            }
            byte[] body = Files.readAllBytes(file);
            String name = file.getFileName().toString();
            exchange.getResponseHeaders().set("Content-Type", name.endsWith(".html") ? "text/html; charset=utf-8"
                    : name.endsWith(".js") ? "text/javascript" : name.endsWith(".css") ? "text/css"
                    : name.endsWith(".json") ? "application/json" : "application/octet-stream");
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        server.start();
        return server;
    }
}
