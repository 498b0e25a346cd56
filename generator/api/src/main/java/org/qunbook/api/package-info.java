/**
 * The qunbook plugin API: the one surface plugins compile against.
 *
 * <p>A plugin implements {@link org.qunbook.api.SitePlugin}, lists itself in
 * {@code META-INF/services/org.qunbook.api.SitePlugin}, and is enabled by name in
 * {@code qunbook.yml}. It changes the site only through the context objects its hooks receive;
 * the one mutable thing it is handed is a page's content element in
 * {@link org.qunbook.api.SitePlugin#transform}. Pages are {@link org.qunbook.api.PageInfo} (facts)
 * everywhere and {@link org.qunbook.api.PageView} (facts and content) in the hooks before render.
 * A plugin's UI strings live in YAML files in its jar
 * ({@link org.qunbook.api.PluginSetup#addMessages}), which a site can override, read in Java with
 * {@link org.qunbook.api.SiteContext#message} and in the page with the core's runtime script.
 */
package org.qunbook.api;
