package org.qunbook.render;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.qunbook.config.SiteConfig;
import org.qunbook.upkeep.ChangeEntry;

/**
 * {@code changes/feed.xml}: the Atom feed of the latest content commits (the "recent changes"
 * page as a feed), one entry per commit with its author, message and the pages it changed. Written
 * only when {@code base_url} is absolute (Atom needs absolute links), from git history alone, so
 * the same checkout gives the same bytes.
 */
final class ChangesFeed {

    private final SiteConfig config;
    private final String title;

    ChangesFeed(SiteConfig config, String title) {
        this.config = config;
        this.title = title;
    }

    Optional<RenderedFile> render(List<ChangeEntry> changes) {
        if (changes.isEmpty() || !DiscoveryFiles.isAbsolute(config.baseUrl())) {
            return Optional.empty();
        }
        String base = config.baseUrl();
        StringBuilder atom = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"" + xml(config.language()) + "\">\n");
        atom.append("  <title>").append(xml(config.title() + " · " + title)).append("</title>\n");
        atom.append("  <id>").append(xml(base)).append("changes/</id>\n");
        atom.append("  <link rel=\"alternate\" href=\"").append(xml(base)).append("changes/\"/>\n");
        atom.append("  <link rel=\"self\" href=\"").append(xml(base)).append("changes/feed.xml\"/>\n");
        atom.append("  <updated>").append(changes.get(0).date()).append("T00:00:00Z</updated>\n");
        atom.append("  <author><name>").append(xml(config.title())).append("</name></author>\n");
        for (ChangeEntry change : changes) {
            String link = base + "changes/#commit-" + change.shortHash();
            atom.append("  <entry>\n    <title>").append(xml(change.subject())).append("</title>\n")
                    .append("    <id>urn:git:").append(xml(change.hash())).append("</id>\n")
                    .append("    <link rel=\"alternate\" href=\"").append(xml(link)).append("\"/>\n")
                    .append("    <updated>").append(change.date()).append("T00:00:00Z</updated>\n")
                    .append("    <author><name>").append(xml(change.author())).append("</name></author>\n");
            for (ChangeEntry.ChangedPage page : change.pages()) {
                atom.append("    <link rel=\"related\" title=\"").append(xml(page.title())).append("\" href=\"")
                        .append(xml(base + page.url())).append("\"/>\n");
            }
            StringBuilder html = new StringBuilder("<ul>");
            for (ChangeEntry.ChangedPage page : change.pages()) {
                html.append("<li><a href=\"").append(xml(base + page.url())).append("\">").append(xml(page.title()))
                        .append("</a></li>");
            }
            change.otherFiles().forEach(f -> html.append("<li>").append(xml(f)).append("</li>"));
            atom.append("    <content type=\"html\">").append(xml(html.append("</ul>").toString()))
                    .append("</content>\n  </entry>\n");
        }
        return Optional.of(new RenderedFile("changes/feed.xml",
                atom.append("</feed>\n").toString().getBytes(StandardCharsets.UTF_8)));
    }

    private static String xml(String text) {
        return DiscoveryFiles.xml(text);
    }
}
