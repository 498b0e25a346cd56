package org.qunbook.config;

/**
 * One entry of {@code plugin_path:} in {@code qunbook.yml}: a plugin jar, or a folder of them.
 *
 * @param path as written, relative to the content folder unless absolute
 * @param line its line, for problems
 */
public record PluginPathEntry(String path, int line) {
}
