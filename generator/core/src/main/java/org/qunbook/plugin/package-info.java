/**
 * Plugin discovery ({@link java.util.ServiceLoader}, ordered by {@code qunbook.yml}) on qunbook's
 * class path and the plugin path ({@link org.qunbook.plugin.PluginPath}, {@code plugin_path}: jars
 * in a child class loader, {@link org.qunbook.plugin.PluginJars}), the plugin API version check,
 * and the guarded hook runner that hands plugins their contexts and collects their page data,
 * slots and UI strings ({@link org.qunbook.plugin.PluginMessages}: {@code plugin.<name>.*} from
 * each plugin's {@code i18n/<language>.yml}, under the theme's and the site's).
 * The contexts of the hooks before render ({@code BeforeRender}) give pages with content;
 * those after it ({@code AfterRender}: {@code addSearchEntries}, {@code postBuild}) give facts.
 */
package org.qunbook.plugin;
