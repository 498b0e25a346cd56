package org.qunbook.plugin;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.qunbook.api.Problem;
import org.qunbook.api.SourcePosition;
import org.qunbook.config.PluginPathEntry;
import org.qunbook.config.SiteConfig;
import org.qunbook.problem.Problems;
import org.qunbook.problem.ShownPaths;

/**
 * One site's plugin path: the tool's entries ({@code --plugin-path}...), then the site's
 * {@code plugin_path} (relative to the content folder), each checked to exist.
 *
 * @param entries every entry, in search order
 * @param shown   each entry as the user sees it, a folder with how many jars it holds
 */
public record SitePluginPath(List<Path> entries, List<String> shown) {

    public SitePluginPath {
        entries = List.copyOf(entries);
        shown = List.copyOf(shown);
    }

    /** Missing entries are reported as errors (at their {@code qunbook.yml} line for the site's). */
    public static SitePluginPath of(PluginPath tool, SiteConfig site, Path source, ShownPaths paths,
                                    Problems problems) {
        List<Path> entries = new ArrayList<>();
        for (Path entry : tool.entries()) {
            if (!Files.exists(entry)) {
                problems.report(Problem.error(SourcePosition.fileOnly(paths.of(entry)),
                        "plugin path entry not found: no such plugin jar or folder of jars"));
            }
            entries.add(entry);
        }
        for (PluginPathEntry entry : site.pluginPath()) {
            Path path = source.resolve(entry.path());
            if (!Files.exists(path)) {
                problems.report(Problem.error(SourcePosition.of(site.file(), entry.line()), "plugin_path entry '"
                        + entry.path() + "' not found: no such jar or folder " + paths.of(path)
                        + " (plugin_path is relative to the content folder)"));
            }
            entries.add(path);
        }
        List<String> shown = new ArrayList<>();
        for (Path entry : entries) {
            if (Files.isDirectory(entry)) {
                int jars = PluginJars.jarsOf(List.of(entry)).size();
                shown.add(paths.of(entry) + "/ (" + (jars == 0 ? "no jars" : jars == 1 ? "1 jar" : jars + " jars") + ")");
            } else {
                shown.add(paths.of(entry));
            }
        }
        return new SitePluginPath(entries, shown);
    }

    public List<Path> jars() {
        return PluginJars.jarsOf(entries);
    }
}
