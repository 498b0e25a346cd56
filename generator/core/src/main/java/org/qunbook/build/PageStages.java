package org.qunbook.build;

import org.qunbook.load.ContentLoader;
import org.qunbook.parse.MarkdownParser;
import org.qunbook.render.SiteRenderer;
import org.qunbook.transform.ContentTransformer;

/** The stages that make one page, as a build set them up: what {@link QuickRender} re-makes an edited page with. */
record PageStages(ContentLoader loader, MarkdownParser parser, ContentTransformer transformer, SiteRenderer renderer) {
}
