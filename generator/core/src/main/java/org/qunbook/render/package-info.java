/**
 * The render stage: view models ({@code site}, {@code page}) built from transformed pages and
 * rendered through the theme's Freemarker templates into {@link org.qunbook.render.RenderedFile}s,
 * plus the site-wide files: discovery files, and {@link org.qunbook.render.RuntimeScript}
 * ({@code assets/qunbook/runtime.js}, the script every page loads first, carrying the plugins' UI
 * strings).
 */
package org.qunbook.render;
