package org.qunbook.config;

import java.util.List;

/**
 * How the site presents itself beyond its pages: its share image, its sidebar and the tag check.
 *
 * @param image              {@code image:} the default share image ({@code og:image}), a site-root
 *                           path ({@code assets/img/share.png}) or an absolute URL; {@code ""} for none.
 *                           A page's {@code image} front matter replaces it.
 * @param sidebarLinkOnly    {@code sidebar.link_only:} section folders the sidebar shows as one entry
 *                           (the section page's link with its page count) instead of listing their pages
 * @param warnSingleUseTags  {@code tags.warn_single_use:} report a tag only one page has (a typo or a
 *                           tag that groups nothing)
 */
public record SiteOptions(String image, List<String> sidebarLinkOnly, boolean warnSingleUseTags) {

    public SiteOptions {
        image = image == null ? "" : image;
        sidebarLinkOnly = List.copyOf(sidebarLinkOnly);
    }

    public static SiteOptions defaults() {
        return new SiteOptions("", List.of(), false);
    }
}
