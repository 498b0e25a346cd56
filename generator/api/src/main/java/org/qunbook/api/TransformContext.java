package org.qunbook.api;

import org.jsoup.nodes.Element;

/** Argument of {@link SitePlugin#transform}: one page, whose content may be rewritten. */
public interface TransformContext extends ContentContext {

    PageView page();

    /** The page's content, to modify in place. */
    Element content();

    /**
     * An {@code href} to {@code url} (a site-relative URL as in {@link PageInfo#url()}, optionally
     * with {@code #fragment}) for use in this page's content: {@code /glossary/kol/}. After the
     * plugin transforms, the build checks it and rewrites it into a relative link
     * ({@code ../../glossary/kol/}), as it does for every site-rooted link, so the site works under
     * any base path.
     */
    String hrefTo(String url);

    /**
     * Marks {@code element} (in {@link #content()}) as not part of the page's text: it is left out
     * of the search index, the search snippets, the page's length and its reading time, but stays
     * on the page. Use it for what a plugin adds around the author's text (a box of related links,
     * a generated list, a copy button), so that searching for a page's title does not find every
     * page linking to it. It sets {@code data-search-exclude} on the element, which has the same
     * effect written by hand in Markdown's raw HTML.
     */
    default void excludeFromSearch(Element element) {
        element.attr("data-search-exclude", "");
    }

    /**
     * Publishes data about this page to templates as {@code page.plugins.<plugin name>} (for a theme
     * or a {@code content/_theme/} override to render). Values must be plain data (String, Number,
     * Boolean, List, Map, records), as for {@link #putSiteData}; a second call replaces the first,
     * {@code null} removes it.
     */
    void putPageData(Object value);

    /**
     * This plugin's part of one of the theme's named places on this page, to fill with HTML: an
     * empty {@code <div class="plugin-slot" data-plugin="<name>">}, the same one on every call for
     * the same slot. Slots are outside the page's content, so what is put there is never in the
     * search index or the reading time; links made with {@link #hrefTo} are checked and made
     * relative as in the content. The default theme has:
     * <ul>
     *   <li>{@value #AFTER_CONTENT}: after the page's content, before the previous/next links;</li>
     *   <li>{@value #SIDEBAR_BOTTOM}: at the bottom of the sidebar, under the navigation.</li>
     * </ul>
     * Several plugins in one slot come in their {@code qunbook.yml} order. A theme shows them as
     * {@code page.slots["<slot>"]} (HTML: {@code ?no_esc}).
     *
     * @throws IllegalArgumentException for another slot name
     */
    Element slot(String name);

    /** The slot after the page's content, before the previous/next links. */
    String AFTER_CONTENT = "after-content";

    /** The slot at the bottom of the sidebar. */
    String SIDEBAR_BOTTOM = "sidebar-bottom";
}
