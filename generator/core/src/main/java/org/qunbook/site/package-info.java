/**
 * The site as a set of pages with URLs, shared by the transform, render and plugin stages.
 *
 * <p>A page's lifecycle in types: the parse stage's {@link org.qunbook.parse.ParsedPage} becomes a
 * {@link org.qunbook.site.ContentPage} (immutable facts, {@link org.qunbook.site.Page}, plus a
 * {@link org.qunbook.site.ContentHandle} on its content) for the plugins and the transform stage;
 * the render stage takes each handle once, and from then on a page is its facts. The handle lives
 * here rather than in {@code transform} because the plugin host hands it out too, and
 * {@code transform} already depends on {@code plugin}.
 */
package org.qunbook.site;
