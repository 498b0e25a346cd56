package org.qunbook.render;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.qunbook.site.ContentHandle;
import org.qunbook.site.Page;
import org.qunbook.site.SiteLinks;
import org.qunbook.transform.TransformedPage;

/**
 * The whole handbook on one page for printing ({@code print/}, with {@code print: { page: true }}):
 * the pages built from files in reading order — home first, then each section (a chapter: its own
 * page, then its pages by weight) — each page's content copied with its ids prefixed so they stay
 * unique, links to pages of the book turned into in-document anchors, other links rebased to
 * {@code print/}, and text fields shown as their value or example (placeholder) so a form prints as
 * the filled-in text.
 */
public final class PrintBook {

    /** One page of the book: its anchor id, title, summary and content HTML. */
    public record PrintPage(String id, String title, String summary, String html) {
    }

    /** A chapter: a section (or the front matter: home and root pages) with its pages. */
    public record PrintChapter(String id, String title, List<PrintPage> pages) {
        public PrintChapter {
            pages = List.copyOf(pages);
        }
    }

    private static final String[] ID_REFERENCES = {"for", "aria-describedby", "aria-labelledby", "aria-controls"};

    private final List<PrintChapter> chapters;

    /** Reads the pages' content: call before the render stage takes it. */
    PrintBook(SiteStructure structure, List<TransformedPage> transformed) {
        Map<String, ContentHandle> contents = new HashMap<>();
        transformed.forEach(t -> contents.put(t.page().url(), t.content()));
        List<Page> all = transformed.stream().map(TransformedPage::page).toList();
        List<List<Page>> grouped = new ArrayList<>();
        List<String> titles = new ArrayList<>();
        List<Page> front = new ArrayList<>();
        all.stream().filter(p -> p.url().isEmpty() && p.source().isPresent()).forEach(front::add);
        structure.members("").stream().filter(p -> p.source().isPresent()).forEach(front::add);
        if (!front.isEmpty()) {
            grouped.add(front);
            titles.add(front.get(0).title());
        }
        for (Page section : structure.sections()) {
            List<Page> pages = new ArrayList<>();
            if (section.source().isPresent()) {
                pages.add(section);
            }
            structure.members(section.section()).stream().filter(p -> p.source().isPresent()).forEach(pages::add);
            if (!pages.isEmpty()) {
                grouped.add(pages);
                titles.add(section.title());
            }
        }
        Map<String, String> ids = new HashMap<>();
        int n = 0;
        for (List<Page> pages : grouped) {
            for (Page page : pages) {
                ids.put(page.url(), "p" + ++n);
            }
        }
        List<PrintChapter> result = new ArrayList<>();
        for (int c = 0; c < grouped.size(); c++) {
            List<PrintPage> pages = new ArrayList<>();
            for (Page page : grouped.get(c)) {
                String id = ids.get(page.url());
                pages.add(new PrintPage(id, page.title(), page.summary(), printable(page, contents.get(page.url()).element(), id, ids)));
            }
            result.add(new PrintChapter("chapter-" + (c + 1), titles.get(c), pages));
        }
        this.chapters = List.copyOf(result);
    }

    List<PrintChapter> chapters() {
        return chapters;
    }

    private static String printable(Page page, Element original, String id, Map<String, String> ids) {
        Element content = original.clone();
        for (Element element : content.select("[id]")) {
            element.attr("id", id + "-" + element.attr("id"));
        }
        for (Element link : content.select("a[href]")) {
            link.attr("href", rewrite(link.attr("href"), page.url(), id, ids));
        }
        for (Element media : content.select("img[src], source[src], video[src], audio[src]")) {
            media.attr("src", rewrite(media.attr("src"), page.url(), id, ids));
        }
        for (Element field : content.select("input[type=text], input:not([type]), textarea")) {
            String value = field.is("textarea") ? field.text() : field.attr("value");
            String shown = value.isEmpty() ? field.attr("placeholder") : value;
            Element printed = new Element("span").addClass("print-field").text(shown.isEmpty() ? "＿＿＿＿" : shown);
            field.replaceWith(printed);
        }
        // Buttons do nothing on paper; every variant of a tabbed widget is shown, one after the other.
        content.select("button, .heading-anchor").remove();
        content.select("[role=tabpanel][hidden]").removeAttr("hidden");
        Set<String> present = new HashSet<>(content.select("[id]").eachAttr("id"));
        Set<String> controls = new HashSet<>(content.select("input[id], select[id], textarea[id]").eachAttr("id"));
        for (String attribute : ID_REFERENCES) {
            for (Element element : content.select("[" + attribute + "]")) {
                // References to ids that are gone (a removed button, a field now printed as text) are dropped.
                Set<String> targets = attribute.equals("for") ? controls : present;
                List<String> refs = new ArrayList<>();
                for (String ref : element.attr(attribute).trim().split("\\s+")) {
                    if (!ref.isEmpty() && targets.contains(id + "-" + ref)) {
                        refs.add(id + "-" + ref);
                    }
                }
                if (refs.isEmpty()) {
                    element.removeAttr(attribute);
                } else {
                    element.attr(attribute, String.join(" ", refs));
                }
            }
        }
        return content.html();
    }

    /** A link of the page at {@code fromUrl}, as it must read on {@code print/}. */
    private static String rewrite(String href, String fromUrl, String id, Map<String, String> ids) {
        if (href.startsWith("#")) {
            return href.length() == 1 ? "#" + id : "#" + id + "-" + href.substring(1);
        }
        URI resolved;
        try {
            URI link = new URI(href);
            if (link.isAbsolute() || href.startsWith("//")) {
                return href;
            }
            resolved = new URI("http://site/" + SiteLinks.encodePath(fromUrl)).resolve(link);
        } catch (URISyntaxException | IllegalArgumentException e) {
            return href;
        }
        String path = resolved.getRawPath() == null ? "" : resolved.getRawPath().substring(1);
        String fragment = resolved.getRawFragment();
        String target = ids.get(SiteLinks.decodePath(path));
        if (target != null) {
            return fragment == null || fragment.isEmpty() ? "#" + target
                    : "#" + target + "-" + SiteLinks.decodePath(fragment);
        }
        return "../" + path + (resolved.getRawQuery() == null ? "" : "?" + resolved.getRawQuery())
                + (fragment == null ? "" : "#" + fragment);
    }
}
