/**
 * The qunbook plugin API: the one surface plugins compile against.
 *
 * <p>A plugin implements {@link org.qunbook.api.SitePlugin}, lists itself in
 * {@code META-INF/services/org.qunbook.api.SitePlugin}, and is enabled by name in
 * {@code qunbook.yml}. It changes the site only through the context objects its hooks receive;
 * the one mutable thing it is handed is a page's content element in
 * {@link org.qunbook.api.SitePlugin#transform}. Its UI strings live in YAML files in its jar
 * ({@link org.qunbook.api.PluginSetup#addMessages}), which a site can override, read in Java with
 * {@link org.qunbook.api.SiteContext#message} and in the page with the core's runtime script.
 */
package org.qunbook.api;
