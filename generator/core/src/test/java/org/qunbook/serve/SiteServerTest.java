package org.qunbook.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The preview server over real HTTP on loopback, with raw request lines (no client-side cleanup). */
class SiteServerTest {

    @TempDir
    Path dir;

    private SiteServer server;

    @BeforeEach
    void start() throws IOException {
        Path site = dir.resolve("site");
        Files.createDirectories(site.resolve("案例"));
        Files.writeString(site.resolve("index.html"), "<p>home</p>");
        Files.writeString(site.resolve("404.html"), "<p>not here</p>");
        Files.writeString(site.resolve("案例/index.html"), "<p>case</p>");
        Files.writeString(site.resolve("style.css"), "p{}");
        Files.writeString(dir.resolve("secret.txt"), "SECRET");
        Files.createSymbolicLink(site.resolve("link-out.txt"), dir.resolve("secret.txt"));
        server = SiteServer.start(site, "127.0.0.1", 0);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void servesPagesWithCharsetNoStoreAndTheThemesCsp() throws IOException {
        String response = get("/");
        assertThat(response).startsWith("HTTP/1.1 200").contains("<p>home</p>");
        assertThat(response).containsIgnoringCase("content-type: text/html; charset=utf-8");
        assertThat(response).containsIgnoringCase("cache-control: no-store");
        assertThat(response).containsIgnoringCase("content-security-policy: default-src 'self'");
        assertThat(get("/style.css")).containsIgnoringCase("content-type: text/css; charset=utf-8");
        assertThat(get("/%E6%A1%88%E4%BE%8B/")).contains("<p>case</p>");
    }

    @Test
    void redirectsFoldersWithoutTrailingSlash() throws IOException {
        assertThat(get("/%E6%A1%88%E4%BE%8B")).startsWith("HTTP/1.1 301");
    }

    @Test
    void neverServesAnythingOutsideTheSite() throws IOException {
        for (String path : new String[] {"/../secret.txt", "/%2e%2e/secret.txt", "/x/..%2f..%2fsecret.txt",
                "/%2e%2e%2fsecret.txt", "/link-out.txt"}) {
            String response = get(path);
            assertThat(response).as(path).doesNotContain("SECRET");
            assertThat(response).as(path).matches("(?s)HTTP/1.1 (400|404).*");
        }
    }

    @Test
    void answersUnknownPathsWithTheSites404Page() throws IOException {
        assertThat(get("/nope/")).startsWith("HTTP/1.1 404").contains("not here");
    }

    private String get(String rawPath) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", server.port())) {
            OutputStream out = socket.getOutputStream();
            out.write(("GET " + rawPath + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
