package org.qunbook.cli;

import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.qunbook.plugin.PluginPath;
import picocli.CommandLine.Option;

/**
 * Where the CLI looks for plugins besides its own: {@code --plugin-path} (repeatable, or
 * {@code :}-separated) and the {@code QUNBOOK_PLUGIN_PATH} environment variable, like Java's class
 * path or Spring Boot's {@code loader.path}. The site's {@code plugin_path} comes on top.
 */
final class PluginPathArguments {

    static final String ENVIRONMENT = "QUNBOOK_PLUGIN_PATH";

    @Option(names = "--plugin-path", paramLabel = "JAR|DIR", split = "${sys:path.separator}",
            description = "A plugin jar or a folder of plugin jars, searched for plugins besides qunbook's own "
                    + "(repeatable; also " + ENVIRONMENT + " and plugin_path: in qunbook.yml).")
    List<Path> entries = new ArrayList<>();

    PluginPath pluginPath() {
        List<Path> all = new ArrayList<>(entries);
        String fromEnvironment = System.getenv().getOrDefault(ENVIRONMENT, "");
        for (String entry : fromEnvironment.split(File.pathSeparator)) {
            if (!entry.isBlank()) {
                all.add(Path.of(entry.strip()));
            }
        }
        return new PluginPath(all, List.of(PluginPath.IN_CONFIG, "--plugin-path JAR|DIR",
                "the " + ENVIRONMENT + " environment variable (entries separated by '" + File.pathSeparator + "')"));
    }
}
