/**
 * The render stage: view models ({@code site}, {@code page}) built from transformed pages and
 * rendered through the theme's Freemarker templates into {@link org.qunbook.render.RenderedFile}s.
 * {@link org.qunbook.render.LinkedAssets} is the stylesheets and scripts every page links to.
 */
package org.qunbook.render;
