package org.qunbook.plugin;

import java.nio.file.Path;
import java.util.List;

/**
 * Where plugins are looked for beyond qunbook's own class path, as the tool running the build
 * knows it: the command line's {@code --plugin-path} and {@code QUNBOOK_PLUGIN_PATH} for the CLI.
 * A site adds its own with {@code plugin_path:} in {@code qunbook.yml}.
 *
 * @param entries  plugin jars and folders of jars, searched before the site's {@code plugin_path}
 * @param howToAdd the ways this tool's user has to add an entry, named in the error for a plugin
 *                 that is not found
 */
public record PluginPath(List<Path> entries, List<String> howToAdd) {

    /** What every tool offers: the site's own {@code plugin_path}. */
    public static final String IN_CONFIG =
            "'plugin_path:' in qunbook.yml (a jar or a folder of jars, relative to the content folder)";

    public PluginPath {
        entries = List.copyOf(entries);
        howToAdd = List.copyOf(howToAdd);
    }

    /** Nothing beyond the site's {@code plugin_path}. */
    public static PluginPath none() {
        return new PluginPath(List.of(), List.of(IN_CONFIG));
    }

    public PluginPath withEntries(List<Path> value) {
        return new PluginPath(value, howToAdd);
    }

    public PluginPath withHowToAdd(List<String> value) {
        return new PluginPath(entries, value);
    }
}
