/**
 * The render stage: view models ({@code site}, {@code page}) built from transformed pages and
 * rendered through the theme's Freemarker templates into {@link org.qunbook.render.RenderedFile}s.
 * Rendering a page takes its content from its handle, once; the print book reads every page's
 * content before the pages are rendered.
 */
package org.qunbook.render;
