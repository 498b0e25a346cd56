package org.qunbook.cli;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Follows every internal reference (links, stylesheets, scripts, images) in every page of a built
 * site, the way a browser resolves them, and lists those that lead nowhere.
 */
final class SiteLinkChecker {

    private final Path site;
    private final Map<Path, Set<String>> ids = new HashMap<>();

    SiteLinkChecker(Path site) {
        this.site = site.toAbsolutePath().normalize();
    }

    List<String> brokenReferences() throws IOException {
        List<String> broken = new ArrayList<>();
        List<Path> pages;
        try (Stream<Path> walk = Files.walk(site)) {
            pages = walk.filter(p -> p.toString().endsWith(".html")).sorted().toList();
        }
        for (Path page : pages) {
            if (page.getFileName().toString().equals("404.html")) {
                continue; // its links are absolute on purpose (it is served at any depth)
            }
            Document document = Jsoup.parse(Files.readString(page, StandardCharsets.UTF_8));
            for (Element element : document.select("a[href], link[href], script[src], img[src]")) {
                String reference = element.hasAttr("href") ? element.attr("href") : element.attr("src");
                String problem = check(page, reference);
                if (problem != null) {
                    broken.add(site.relativize(page) + ": " + reference + " → " + problem);
                }
            }
        }
        return broken;
    }

    private String check(Path page, String reference) throws IOException {
        if (reference.isEmpty() || reference.matches("^[a-zA-Z][a-zA-Z0-9+.-]*:.*") || reference.startsWith("//")) {
            return null;
        }
        URI uri = URI.create(page.getParent().toUri().toString()).resolve(reference);
        Path target = Path.of(URI.create(uri.getScheme() + ":" + uri.getRawPath())).normalize();
        if (!target.startsWith(site)) {
            return "outside the site";
        }
        if (Files.isDirectory(target)) {
            target = target.resolve("index.html");
        }
        if (!Files.isRegularFile(target)) {
            return "no such file";
        }
        String fragment = uri.getFragment();
        if (fragment != null && !fragment.isEmpty() && !idsOf(target).contains(fragment)) {
            return "no element with id '" + fragment + "'";
        }
        return null;
    }

    private Set<String> idsOf(Path page) throws IOException {
        Set<String> known = ids.get(page);
        if (known == null) {
            known = new HashSet<>();
            for (Element element : Jsoup.parse(Files.readString(page, StandardCharsets.UTF_8)).select("[id]")) {
                known.add(element.id());
            }
            ids.put(page, known);
        }
        return known;
    }
}
