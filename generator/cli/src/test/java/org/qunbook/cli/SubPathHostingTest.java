package org.qunbook.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.qunbook.build.Build;
import org.qunbook.build.BuildOptions;
import org.qunbook.build.BuildResult;
import org.qunbook.testing.TestSite;

/** The handbook hosted under a path (GitHub Pages project sites): every reference still resolves. */
class SubPathHostingTest {

    @TempDir
    Path dir;

    @Test
    void everyReferenceResolvesUnderTheSubPath() throws Exception {
        // Serve the site as https://example.org/handbook/: put it in a "handbook" folder of a web root.
        Path webRoot = dir.resolve("www");
        Path site = webRoot.resolve("handbook");
        BuildResult result = new Build(BuildOptions.builder(Repository.content(), site)
                .baseUrl(Optional.of("https://example.org/handbook/")).build()).run();
        assertThat(TestSite.format(result.problems())).isEmpty();
        assertThat(new SiteLinkChecker(site).brokenReferences()).isEmpty();

        // The 404 page is served at any depth, so its links are absolute paths under /handbook/.
        Document notFound = Jsoup.parse(Files.readString(site.resolve("404.html"), StandardCharsets.UTF_8));
        java.util.List<String> references = new java.util.ArrayList<>(notFound.select("a[href], link[href]")
                .eachAttr("href"));
        references.addAll(notFound.select("script[src], img[src]").eachAttr("src"));
        assertThat(references).isNotEmpty();
        for (String reference : references) {
            if (reference.startsWith("#")) {
                continue;
            }
            if (reference.startsWith("https://")) {
                assertThat(reference).startsWith("https://example.org/handbook/");
                continue;
            }
            assertThat(reference).startsWith("/handbook/");
            String path = reference.replaceAll("[?#].*$", "");
            Path target = webRoot.resolve(java.net.URLDecoder.decode(path.substring(1), StandardCharsets.UTF_8));
            assertThat(Files.isDirectory(target) ? target.resolve("index.html") : target).as(reference).exists();
        }
        assertThat(Files.readString(site.resolve("sitemap.xml"))).contains("<loc>https://example.org/handbook/</loc>");
    }
}
