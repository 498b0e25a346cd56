/**
 * The qunbook plugin API: the one surface plugins compile against.
 *
 * <p>A plugin implements {@link org.qunbook.api.SitePlugin}, lists itself in
 * {@code META-INF/services/org.qunbook.api.SitePlugin}, and is enabled by name in
 * {@code qunbook.yml}. It changes the site only through the context objects its hooks receive;
 * the one mutable thing it is handed is a page's content element in
 * {@link org.qunbook.api.SitePlugin#transform}.
 */
package org.qunbook.api;
