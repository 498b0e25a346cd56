package org.qunbook.api;

import org.jsoup.nodes.Element;

/** Argument of {@link SitePlugin#transform}: one page, whose content may be rewritten. */
public interface TransformContext extends SiteContext {

    PageView page();

    /** The page's content, to modify in place. */
    Element content();

    /**
     * An {@code href} to {@code url} (a site-relative URL as in {@link PageView#url()}, optionally
     * with {@code #fragment}) for use in this page's content: {@code /glossary/kol/}. After the
     * plugin transforms, the build checks it and rewrites it into a relative link
     * ({@code ../../glossary/kol/}), as it does for every site-rooted link, so the site works under
     * any base path.
     */
    String hrefTo(String url);
}
