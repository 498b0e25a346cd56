package org.qunbook.plugin;

/**
 * A file a plugin ships into the site.
 *
 * @param plugin     the plugin's name
 * @param outputPath where it goes in the site ({@code assets/glossary.js})
 * @param resource   the classpath resource
 * @param loader     the class loader that can read it
 */
public record PluginAsset(String plugin, String outputPath, String resource, ClassLoader loader) {
}
