/**
 * The render stage: view models ({@code site}, {@code page}) built from transformed pages and
 * rendered through the theme's Freemarker templates into {@link org.qunbook.render.RenderedFile}s,
 * plus the site-wide files: discovery files, and {@link org.qunbook.render.RuntimeScript}
 * ({@code assets/qunbook/runtime.js}, the script every page loads first, carrying the plugins' UI
 * strings).
 * The models are records made of parts ({@link org.qunbook.render.PageModel.Body},
 * {@link org.qunbook.config.SiteIdentity}, …) that templates read as one flat object
 * ({@code page.content}, {@code site.title}; see {@code ComposedModel}); pages without content are
 * {@link org.qunbook.render.PageModel#listing}s.
 * {@link org.qunbook.render.LinkedAssets} is the stylesheets and scripts every page links to.
 * Rendering a page takes its content from its handle, once; the print book reads every page's
 * content before the pages are rendered.
 */
package org.qunbook.render;
