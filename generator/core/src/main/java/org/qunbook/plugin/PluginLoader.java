package org.qunbook.plugin;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.TreeMap;
import org.qunbook.api.Problem;
import org.qunbook.api.SitePlugin;
import org.qunbook.api.SourcePosition;
import org.qunbook.config.PluginConfig;
import org.qunbook.config.SiteConfig;
import org.qunbook.problem.DidYouMean;
import org.qunbook.problem.Problems;

/**
 * Finds plugins with {@link ServiceLoader} and returns fresh instances of those named in
 * {@code qunbook.yml}, in that order. The core knows no plugin by name.
 */
public final class PluginLoader {

    private final ClassLoader classLoader;

    public PluginLoader(ClassLoader classLoader) {
        this.classLoader = classLoader;
    }

    /** Every plugin on the class path, by name: a new instance each call. */
    public Map<String, SitePlugin> available() {
        Map<String, SitePlugin> plugins = new TreeMap<>();
        for (SitePlugin plugin : ServiceLoader.load(SitePlugin.class, classLoader)) {
            plugins.putIfAbsent(plugin.name(), plugin);
        }
        return plugins;
    }

    public List<LoadedPlugin> load(SiteConfig config, Problems problems) {
        Map<String, SitePlugin> available = available();
        List<LoadedPlugin> loaded = new ArrayList<>();
        List<String> seen = new ArrayList<>();
        for (PluginConfig entry : config.plugins()) {
            SourcePosition at = SourcePosition.of(config.file(), entry.line());
            if (seen.contains(entry.name())) {
                problems.report(Problem.error(at, "plugin '" + entry.name() + "' is listed twice"));
                continue;
            }
            seen.add(entry.name());
            SitePlugin plugin = available.get(entry.name());
            if (plugin == null) {
                String list = available.isEmpty() ? "none" : String.join(", ", available.keySet());
                problems.report(Problem.error(at, "plugin '" + entry.name() + "' is not on the class path"
                        + DidYouMean.hint(entry.name(), available.keySet()) + "; available plugins: " + list));
                continue;
            }
            loaded.add(new LoadedPlugin(plugin, entry));
        }
        return List.copyOf(loaded);
    }
}
