package org.qunbook.render;

import java.util.List;
import java.util.Map;
import org.qunbook.transform.TocEntry;

/**
 * One page's template data, {@code page} in templates. Optional links ({@code prev},
 * {@code next}) are {@code null} when absent: test them with {@code ??}.
 *
 * @param title          title
 * @param url            site-relative, encoded URL
 * @param summary        summary, may be empty
 * @param content        the content HTML (already safe: render with {@code ?no_esc})
 * @param toc            headings for the on-page table of contents
 * @param type           content type name, {@code ""} if none
 * @param typeLabel      content type display name
 * @param section        section folder
 * @param layout         template name
 * @param breadcrumbs    links from home to the page's section
 * @param prev           previous page in the section
 * @param next           next page in the section
 * @param tags           tags as links
 * @param children       for section pages and home: the pages listed there
 * @param date           {@code date} (YYYY-MM-DD) or {@code ""}
 * @param updated        {@code updated} (YYYY-MM-DD) or {@code ""}
 * @param readingMinutes reading time in minutes
 * @param length         characters (CJK) plus words (Latin)
 * @param isHome         the home page
 * @param isSection      a section page
 * @param draft          a draft (shown only under serve)
 * @param params         the page's front matter
 * @param data           template data a plugin attached
 * @param plugins        data plugins published about this page, by plugin name ({@code page.plugins.<name>})
 * @param slots          HTML plugins put in the theme's named places, by slot name ({@code after-content},
 *                       {@code sidebar-bottom}): render with {@code ?no_esc}
 */
public record PageModel(String title, String url, String summary, String content, List<TocEntry> toc, String type,
                        String typeLabel, String section, String layout, List<LinkModel> breadcrumbs, LinkModel prev,
                        LinkModel next, List<LinkModel> tags, List<PageSummaryModel> children, String date,
                        String updated, int readingMinutes, int length, boolean isHome, boolean isSection,
                        boolean draft, Map<String, Object> params, Map<String, Object> data,
                        Map<String, Object> plugins, Map<String, String> slots) {
}
