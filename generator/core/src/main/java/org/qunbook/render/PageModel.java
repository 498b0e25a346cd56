package org.qunbook.render;

import java.util.List;
import java.util.Map;
import org.qunbook.transform.TocEntry;

/**
 * One page's template data, {@code page} in templates. Templates read the components of its parts
 * as its own ({@code page.content}, {@code page.prev}, {@code page.params}; see {@link ComposedModel}).
 * Optional links ({@code prev}, {@code next}) are {@code null} when absent: test them with {@code ??}.
 * Pages without content (tag lists, search, 404, redirects) are {@link #listing}s.
 *
 * @param title  title
 * @param url    site-relative, encoded URL
 * @param layout template name
 * @param facts  what the page's source says about it
 * @param body   its content and table of contents
 * @param links  breadcrumbs, neighbours, tags and listed pages
 * @param extras what plugins attached
 */
public record PageModel(String title, String url, String layout, Facts facts, Body body, Links links,
                        Extras extras) implements ComposedModel {

    /**
     * A page the theme provides without content: only its title, URL, layout and breadcrumbs.
     *
     * @param breadcrumbs links from home to the page ({@code List.of()} for none)
     */
    public static PageModel listing(String title, String url, String layout, List<LinkModel> breadcrumbs) {
        return new PageModel(title, url, layout, Facts.NONE, Body.EMPTY,
                new Links(breadcrumbs, null, null, List.of(), List.of()), Extras.NONE);
    }

    /**
     * @param summary   summary, may be empty
     * @param type      content type name, {@code ""} if none
     * @param typeLabel content type display name
     * @param section   section folder
     * @param date      {@code date} (YYYY-MM-DD) or {@code ""}
     * @param updated   {@code updated} (YYYY-MM-DD) or {@code ""}
     * @param isHome    the home page
     * @param isSection a section page
     * @param draft     a draft (built only under serve or with {@code --drafts}, and marked)
     * @param params    the page's front matter
     */
    public record Facts(String summary, String type, String typeLabel, String section, String date, String updated,
                        boolean isHome, boolean isSection, boolean draft, Map<String, Object> params) {
        static final Facts NONE = new Facts("", "", "", "", "", "", false, false, false, Map.of());
    }

    /**
     * @param content        the content HTML (already safe: render with {@code ?no_esc})
     * @param toc            headings for the on-page table of contents
     * @param readingMinutes reading time in minutes
     * @param length         characters (CJK) plus words (Latin)
     */
    public record Body(String content, List<TocEntry> toc, int readingMinutes, int length) {
        static final Body EMPTY = new Body("", List.of(), 0, 0);
    }

    /**
     * @param breadcrumbs links from home to the page's section
     * @param prev        previous page in the section, or {@code null}
     * @param next        next page in the section, or {@code null}
     * @param tags        tags as links
     * @param children    for section pages and home: the pages listed there
     */
    public record Links(List<LinkModel> breadcrumbs, LinkModel prev, LinkModel next, List<LinkModel> tags,
                        List<PageSummaryModel> children) {
    }

    /**
     * @param data    template data a plugin attached
     * @param plugins data plugins published about this page, by plugin name ({@code page.plugins.<name>})
     * @param slots   HTML plugins put in the theme's named places, by slot name ({@code after-content},
     *                {@code sidebar-bottom}): render with {@code ?no_esc}
     */
    public record Extras(Map<String, Object> data, Map<String, Object> plugins, Map<String, String> slots) {
        static final Extras NONE = new Extras(Map.of(), Map.of(), Map.of());
    }
}
