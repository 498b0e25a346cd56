package org.qunbook.render;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.qunbook.config.SiteConfig;
import org.qunbook.load.SourcePage;
import org.qunbook.site.Page;
import org.qunbook.site.SiteLinks;

/**
 * The files that let crawlers and feed readers find the site: {@code robots.txt}, and — when
 * {@code base_url} is absolute, because both formats require absolute URLs — {@code sitemap.xml}
 * and an Atom feed ({@code feed.xml}) of the most recently added or updated pages.
 *
 * <p>Dates come from front matter or git, never from the clock: a feed with no dated page takes
 * its date from {@code SOURCE_DATE_EPOCH} when set, and is not written otherwise.
 */
final class DiscoveryFiles {

    static final int FEED_ENTRIES = 20;

    private final SiteConfig config;
    private final Optional<Long> sourceDateEpoch;

    DiscoveryFiles(SiteConfig config, Optional<Long> sourceDateEpoch) {
        this.config = config;
        this.sourceDateEpoch = sourceDateEpoch;
    }

    static boolean isAbsolute(String baseUrl) {
        return baseUrl.startsWith("https://") || baseUrl.startsWith("http://");
    }

    List<RenderedFile> render(List<Page> pages) {
        List<RenderedFile> files = new ArrayList<>();
        boolean absolute = isAbsolute(config.baseUrl());
        String robots = "User-agent: *\nAllow: /\n" + (absolute ? "\nSitemap: " + config.baseUrl() + "sitemap.xml\n" : "");
        files.add(file("robots.txt", robots));
        if (!absolute) {
            return files;
        }
        List<Page> listed = pages.stream().filter(p -> !p.isDraft()).sorted(Comparator.comparing(Page::url)).toList();
        StringBuilder sitemap = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
        for (Page page : listed) {
            sitemap.append("  <url><loc>").append(xml(absoluteUrl(page))).append("</loc>");
            updated(page).ifPresent(d -> sitemap.append("<lastmod>").append(d).append("</lastmod>"));
            sitemap.append("</url>\n");
        }
        files.add(file("sitemap.xml", sitemap.append("</urlset>\n").toString()));
        feed(listed).ifPresent(files::add);
        return files;
    }

    private Optional<RenderedFile> feed(List<Page> pages) {
        List<Page> dated = pages.stream().filter(p -> updated(p).isPresent())
                .sorted(Comparator.comparing((Page p) -> updated(p).orElseThrow()).reversed()
                        .thenComparing(Page::url))
                .limit(FEED_ENTRIES).toList();
        Optional<String> feedUpdated = dated.isEmpty()
                ? sourceDateEpoch.map(s -> Instant.ofEpochSecond(s).atOffset(ZoneOffset.UTC).toString())
                : Optional.of(updated(dated.get(0)).orElseThrow() + "T00:00:00Z");
        if (feedUpdated.isEmpty()) {
            return Optional.empty();
        }
        StringBuilder atom = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"" + xml(config.language()) + "\">\n");
        atom.append("  <title>").append(xml(config.title())).append("</title>\n");
        atom.append("  <id>").append(xml(config.baseUrl())).append("</id>\n");
        atom.append("  <link rel=\"alternate\" href=\"").append(xml(config.baseUrl())).append("\"/>\n");
        atom.append("  <link rel=\"self\" href=\"").append(xml(config.baseUrl())).append("feed.xml\"/>\n");
        atom.append("  <updated>").append(feedUpdated.get()).append("</updated>\n");
        atom.append("  <author><name>").append(xml(config.title())).append("</name></author>\n");
        for (Page page : dated) {
            String url = absoluteUrl(page);
            atom.append("  <entry>\n    <title>").append(xml(page.title())).append("</title>\n")
                    .append("    <link rel=\"alternate\" href=\"").append(xml(url)).append("\"/>\n")
                    .append("    <id>").append(xml(url)).append("</id>\n")
                    .append("    <updated>").append(updated(page).orElseThrow()).append("T00:00:00Z</updated>\n");
            if (!page.summary().isEmpty()) {
                atom.append("    <summary>").append(xml(page.summary())).append("</summary>\n");
            }
            atom.append("  </entry>\n");
        }
        return Optional.of(file("feed.xml", atom.append("</feed>\n").toString()));
    }

    /** {@code updated}, else {@code date}, as YYYY-MM-DD. */
    private static Optional<LocalDate> updated(Page page) {
        Optional<String> text = page.source().map(SourcePage::updated).filter(s -> !s.isEmpty())
                .or(() -> page.frontMatter().findString("date").map(s -> s.length() > 10 ? s.substring(0, 10) : s));
        try {
            return text.map(LocalDate::parse);
        } catch (java.time.format.DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private String absoluteUrl(Page page) {
        return config.baseUrl() + SiteLinks.encodePath(page.url());
    }

    private static RenderedFile file(String path, String text) {
        return new RenderedFile(path, text.getBytes(StandardCharsets.UTF_8));
    }

    static String xml(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
