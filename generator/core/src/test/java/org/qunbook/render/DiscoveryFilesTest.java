package org.qunbook.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.xml.parsers.DocumentBuilderFactory;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.qunbook.build.BuildOptions;
import org.qunbook.testing.TestSite;
import org.w3c.dom.NodeList;

/** robots.txt, sitemap.xml, the Atom feed and canonical links. */
class DiscoveryFilesTest {

    private static final String SITE = TestSite.MINIMAL_CONFIG + """
            -- content/_index.md --
            ---
            title: 首页
            ---
            -- content/old.md --
            ---
            title: 旧页面
            summary: 早先写的 & 后来没改
            date: 2026-01-05
            ---
            -- content/new.md --
            ---
            title: 新页面
            date: 2026-01-01
            updated: 2026-03-02
            ---
            -- content/案例.md --
            ---
            title: 没有日期
            ---
            """;

    @TempDir
    Path dir;

    private TestSite buildAt(String baseUrl) {
        TestSite site = TestSite.write(dir, SITE);
        site.build(BuildOptions.builder(dir.resolve("content"), site.output()).baseUrl(Optional.of(baseUrl)).build());
        return site;
    }

    @Test
    void writesASitemapWithAbsoluteEncodedUrlsAndDates() throws Exception {
        TestSite site = buildAt("https://example.org/handbook/");
        org.w3c.dom.Document sitemap = xml(site.read("sitemap.xml"));
        assertThat(texts(sitemap.getElementsByTagName("loc"))).containsExactly("https://example.org/handbook/",
                "https://example.org/handbook/new/", "https://example.org/handbook/old/",
                "https://example.org/handbook/%E6%A1%88%E4%BE%8B/");
        assertThat(texts(sitemap.getElementsByTagName("lastmod"))).containsExactly("2026-03-02", "2026-01-05");
        assertThat(site.read("robots.txt")).isEqualTo("User-agent: *\nAllow: /\n\nSitemap: "
                + "https://example.org/handbook/sitemap.xml\n");
    }

    @Test
    void writesAnAtomFeedOfTheMostRecentlyUpdatedPages() throws Exception {
        org.w3c.dom.Document feed = xml(buildAt("https://example.org/handbook/").read("feed.xml"));
        assertThat(feed.getDocumentElement().getNamespaceURI()).isEqualTo("http://www.w3.org/2005/Atom");
        assertThat(texts(feed.getElementsByTagName("title"))).containsExactly("测试站点", "新页面", "旧页面");
        assertThat(texts(feed.getElementsByTagName("updated"))).containsExactly("2026-03-02T00:00:00Z",
                "2026-03-02T00:00:00Z", "2026-01-05T00:00:00Z");
        assertThat(texts(feed.getElementsByTagName("summary"))).containsExactly("早先写的 & 后来没改");
    }

    @Test
    void linksCanonicalAndOpenGraphUrlsAndTheFeed() {
        Document page = buildAt("https://example.org/handbook/").page("案例/");
        assertThat(page.select("link[rel=canonical]").attr("href"))
                .isEqualTo("https://example.org/handbook/%E6%A1%88%E4%BE%8B/");
        assertThat(page.select("meta[property=og:title]").attr("content")).isEqualTo("没有日期");
        assertThat(page.select("link[type=application/atom+xml]").attr("href"))
                .isEqualTo("https://example.org/handbook/feed.xml");
    }

    @Test
    void withARelativeBaseUrlWritesOnlyRobotsTxt() {
        TestSite site = buildAt("/");
        assertThat(site.read("robots.txt")).isEqualTo("User-agent: *\nAllow: /\n");
        assertThat(site.exists("sitemap.xml")).isFalse();
        assertThat(site.exists("feed.xml")).isFalse();
        assertThat(site.page("old/").select("link[rel=canonical]")).isEmpty();
    }

    private static org.w3c.dom.Document xml(String text) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
    }

    private static List<String> texts(NodeList nodes) {
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            texts.add(nodes.item(i).getTextContent());
        }
        return texts;
    }
}
