package org.qunbook.render;

import java.util.List;

/**
 * Template data made of parts, which templates read as one flat object: {@code site.title} is a
 * component of the site's {@link org.qunbook.config.SiteIdentity}, {@code page.content} one of the
 * page's {@link PageModel.Body}. The Java side stays a few small records (and a new component of a
 * part reaches templates with no copy to update); the names templates use stay as they were.
 *
 * <p>A name is looked up in the model's own components first, then in each part in order.
 */
interface ComposedModel {

    /** The records whose components templates read as this model's own. */
    List<Record> parts();
}
