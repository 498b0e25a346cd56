package org.qunbook.render;

/**
 * Template data made of parts, which templates read as one flat object: {@code site.title} is a
 * component of the site's {@link org.qunbook.config.SiteIdentity}, {@code page.content} one of the
 * page's {@link PageModel.Body}. The Java side stays a few small records (and a new component of a
 * part reaches templates with no copy to update); the names templates use stay as they were.
 *
 * <p>A model that implements this is a record; its parts are its components whose type is a
 * record. A name is the model's own when it has it, else the part's that has it.
 */
interface ComposedModel {
}
