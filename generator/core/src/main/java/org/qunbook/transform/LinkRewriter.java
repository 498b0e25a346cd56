package org.qunbook.transform;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.qunbook.api.Problem;
import org.qunbook.api.ProblemReporter;
import org.qunbook.api.SourcePosition;
import org.qunbook.parse.SourceLineExtension;
import org.qunbook.site.Page;
import org.qunbook.site.SiteLinks;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/**
 * Rewrites links between pages to relative page URLs and reports broken ones.
 *
 * <p>Writers link to Markdown files ({@code ../group-types/vip-service.md#适合谁}); plugins and
 * generated pages may link to site URLs ({@code /glossary/kol/}). Both become relative hrefs
 * ({@code ../../group-types/vip-service/#%E9%80%82...}), so the site works under any base path.
 * A link to a missing page, a missing heading, or a missing image is an error at its line.
 */
final class LinkRewriter {

    private static final Evaluator LINKS = QueryParser.parse("a[href]");
    private static final Evaluator IMAGES = QueryParser.parse("img[src]");
    private static final Evaluator WITH_SOURCE_LINE = QueryParser.parse(
            "[" + SourceLineExtension.ATTRIBUTE + "]");

    private static final Pattern EXTERNAL = Pattern.compile("^(?:[a-zA-Z][a-zA-Z0-9+.-]*:|//).*");

    private final Map<String, Page> bySource;
    private final Map<String, Page> byUrl;
    private final Set<String> staticFiles;
    private final Map<String, Set<String>> idsByUrl;

    /**
     * @param bySource    Markdown pages by content-relative source path
     * @param byUrl       every page by URL
     * @param staticFiles content-relative paths of static files (and theme assets)
     * @param idsByUrl    element ids of every page, for anchor checks
     */
    LinkRewriter(Map<String, Page> bySource, Map<String, Page> byUrl, Set<String> staticFiles,
                 Map<String, Set<String>> idsByUrl) {
        this.bySource = bySource;
        this.byUrl = byUrl;
        this.staticFiles = staticFiles;
        this.idsByUrl = idsByUrl;
    }

    void apply(Page page, Element content, ProblemReporter problems) {
        for (Element link : content.select(LINKS)) {
            rewrite(page, link, "href", problems);
        }
        for (Element image : content.select(IMAGES)) {
            rewrite(page, image, "src", problems);
        }
        content.select(WITH_SOURCE_LINE).removeAttr(SourceLineExtension.ATTRIBUTE);
    }

    private void rewrite(Page page, Element element, String attribute, ProblemReporter problems) {
        String target = element.attr(attribute);
        if (target.isEmpty() || EXTERNAL.matcher(target).matches()) {
            return;
        }
        int hash = target.indexOf('#');
        String path = SiteLinks.decodePath(hash < 0 ? target : target.substring(0, hash));
        String fragment = hash < 0 ? "" : SiteLinks.decodePath(target.substring(hash + 1));
        int query = path.indexOf('?');
        if (query >= 0) {
            path = path.substring(0, query);
        }
        SourcePosition at = position(page, element);
        if (path.isEmpty()) {
            checkAnchor(page, fragment, target, at, problems);
            return;
        }
        boolean fromSiteRoot = path.startsWith("/");
        String base = fromSiteRoot ? "" : baseFolder(page);
        Optional<String> resolved = normalize(base + (fromSiteRoot ? path.substring(1) : path));
        if (resolved.isEmpty()) {
            problems.report(Problem.error(at, "link '" + target + "' leaves the site"));
            return;
        }
        String resolvedPath = resolved.get();
        Page targetPage = findPage(resolvedPath);
        if (targetPage != null) {
            checkAnchor(targetPage, fragment, target, at, problems);
            String href = SiteLinks.relative(page.url(), targetPage.url());
            if (href.isEmpty()) {
                href = "./";
            }
            element.attr(attribute, fragment.isEmpty() ? href : href + "#" + SiteLinks.encodePath(fragment));
            return;
        }
        if (staticFiles.contains(resolvedPath)) {
            String href = SiteLinks.relative(page.url(), resolvedPath);
            element.attr(attribute, fragment.isEmpty() ? href : href + "#" + SiteLinks.encodePath(fragment));
            return;
        }
        String what = attribute.equals("src") ? "image" : "link";
        String hint = resolvedPath.endsWith(".md") ? "no such page: content/" + resolvedPath
                : "nothing at '/" + resolvedPath + "' in the site";
        problems.report(Problem.error(at, "broken " + what + " '" + target + "': " + hint));
    }

    private Page findPage(String path) {
        if (path.endsWith(".md")) {
            return bySource.get(path);
        }
        if (path.isEmpty() || path.endsWith("/")) {
            return byUrl.get(path);
        }
        if (path.endsWith("/index.html") || path.equals("index.html")) {
            return byUrl.get(path.substring(0, path.length() - "index.html".length()));
        }
        return byUrl.get(path + "/");
    }

    private void checkAnchor(Page target, String fragment, String link, SourcePosition at, ProblemReporter problems) {
        if (fragment.isEmpty()) {
            return;
        }
        Set<String> ids = idsByUrl.getOrDefault(target.url(), Set.of());
        if (!ids.contains(fragment)) {
            problems.report(Problem.error(at, "broken anchor in link '" + link + "': no heading or element with id '"
                    + fragment + "' in " + target.sourcePath()));
        }
    }

    /** Folder of the page's Markdown file (content-relative), or of its URL for generated pages. */
    private static String baseFolder(Page page) {
        if (page.source().isPresent()) {
            String relative = page.source().get().relativePath();
            int slash = relative.lastIndexOf('/');
            return slash < 0 ? "" : relative.substring(0, slash + 1);
        }
        return page.url();
    }

    /** Resolves {@code .} and {@code ..}; empty if the path climbs above the site root. */
    static Optional<String> normalize(String path) {
        java.util.Deque<String> parts = new java.util.ArrayDeque<>();
        String[] segments = path.split("/", -1);
        for (int i = 0; i < segments.length; i++) {
            String segment = segments[i];
            if (segment.equals("..")) {
                if (parts.isEmpty()) {
                    return Optional.empty();
                }
                parts.removeLast();
            } else if (!segment.equals(".") && !(segment.isEmpty() && i < segments.length - 1)) {
                parts.addLast(segment);
            }
        }
        return Optional.of(String.join("/", parts));
    }

    private static SourcePosition position(Page page, Element element) {
        String line = element.attr(SourceLineExtension.ATTRIBUTE);
        if (line.isEmpty()) {
            Element marked = element.closest(WITH_SOURCE_LINE);
            line = marked == null ? "" : marked.attr(SourceLineExtension.ATTRIBUTE);
        }
        try {
            return line.isEmpty() ? SourcePosition.fileOnly(page.sourcePath()) : page.bodyPosition(Integer.parseInt(line));
        } catch (NumberFormatException e) {
            return SourcePosition.fileOnly(page.sourcePath());
        }
    }
}
