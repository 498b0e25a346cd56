package org.qunbook.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The bundled handbook keeps its size and its quality bar, so it cannot silently shrink. */
class HandbookContentTest {

    static Path site;

    @BeforeAll
    static void buildTheHandbook() {
        site = Repository.builtHandbook();
    }

    @Test
    void hasEveryPartInFull() throws IOException {
        assertThat(pages("playbooks")).hasSizeGreaterThanOrEqualTo(14);
        assertThat(pages("group-types")).hasSize(10);
        assertThat(pages("case-studies")).hasSize(3);
        assertThat(pages("scripts")).hasSizeGreaterThanOrEqualTo(10);
        assertThat(pages("glossary")).hasSizeGreaterThanOrEqualTo(40);
    }

    @Test
    void everyPageLinksToAtLeastTwoOtherPages() throws IOException {
        List<String> poor = new ArrayList<>();
        for (Path page : contentPages()) {
            Set<String> targets = new HashSet<>();
            for (Element link : body(page).select("a[href]:not(.heading-anchor)")) {
                String href = link.attr("href");
                if (!href.startsWith("#") && !href.matches("^[a-z]+:.*") && !href.equals("./")) {
                    targets.add(href.replaceAll("#.*$", ""));
                }
            }
            if (targets.size() < 2) {
                poor.add(site.relativize(page) + " links to " + targets);
            }
        }
        assertThat(poor).isEmpty();
    }

    @Test
    void noPageIsUnreachableFromTheNavigation() throws IOException {
        Set<Path> seen = new HashSet<>();
        Deque<Path> queue = new ArrayDeque<>(List.of(site.resolve("index.html")));
        while (!queue.isEmpty()) {
            Path page = queue.removeFirst();
            if (!seen.add(page)) {
                continue;
            }
            Document document = Jsoup.parse(Files.readString(page, StandardCharsets.UTF_8), page.toUri().toString());
            for (Element link : document.select("nav a[href], main a[href]")) {
                String url = link.absUrl("href").replaceAll("[#?].*$", "");
                if (!url.startsWith("file:")) {
                    continue;
                }
                Path target = Path.of(java.net.URI.create(url));
                target = Files.isDirectory(target) ? target.resolve("index.html") : target;
                if (target.toString().endsWith(".html") && Files.isRegularFile(target)) {
                    queue.add(target.normalize());
                }
            }
        }
        List<Path> unreachable = contentPages().stream().filter(p -> !seen.contains(p)).toList();
        assertThat(unreachable).isEmpty();
    }

    @Test
    void everyPageButGlossaryTermsHasAtLeast300CharactersOfBodyText() throws IOException {
        List<String> thin = new ArrayList<>();
        for (Path page : contentPages()) {
            String relative = site.relativize(page).toString();
            if (relative.startsWith("glossary/") && !relative.equals("glossary/index.html")) {
                continue;
            }
            long chars = body(page).text().codePoints()
                    .filter(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN).count();
            if (chars < 300) {
                thin.add(relative + ": " + chars);
            }
        }
        assertThat(thin).isEmpty();
    }

    private static Element body(Path page) throws IOException {
        Document document = Jsoup.parse(Files.readString(page, StandardCharsets.UTF_8));
        Element content = document.selectFirst("main .prose, main");
        return content == null ? document.body() : content;
    }

    private static List<Path> pages(String section) throws IOException {
        try (Stream<Path> files = Files.list(Repository.content().resolve(section))) {
            return files.filter(p -> p.toString().endsWith(".md") && !p.getFileName().toString().equals("_index.md"))
                    .toList();
        }
    }

    /** The built pages that come from content/ Markdown files. */
    private static List<Path> contentPages() throws IOException {
        List<Path> pages = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(Repository.content())) {
            for (Path md : walk.filter(p -> p.toString().endsWith(".md")).sorted().toList()) {
                String relative = Repository.content().relativize(md).toString().replace('\\', '/');
                if (relative.startsWith("_")) {
                    relative = relative.replaceFirst("^_index\\.md$", "");
                }
                String url = relative.endsWith("_index.md") ? relative.replace("_index.md", "")
                        : relative.replace(".md", "/");
                pages.add(site.resolve(url).resolve("index.html").normalize());
            }
        }
        return pages;
    }
}
