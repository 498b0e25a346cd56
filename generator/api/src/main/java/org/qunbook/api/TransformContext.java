package org.qunbook.api;

import org.jsoup.nodes.Element;

/** Argument of {@link SitePlugin#transform}: one page, whose content may be rewritten. */
public interface TransformContext extends SiteContext {

    PageView page();

    /** The page's content, to modify in place. */
    Element content();

    /** An {@code href} from this page to {@code url} (a site-relative URL as in {@link PageView#url()}). */
    String hrefTo(String url);
}
