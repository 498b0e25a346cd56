/**
 * The render stage: view models ({@code site}, {@code page}) built from transformed pages and
 * rendered through the theme's Freemarker templates into {@link org.qunbook.render.RenderedFile}s.
 */
package org.qunbook.render;
