package org.qunbook.plugin;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.TreeMap;
import org.qunbook.api.ApiVersion;
import org.qunbook.api.Problem;
import org.qunbook.api.SitePlugin;
import org.qunbook.api.SourcePosition;
import org.qunbook.config.PluginConfig;
import org.qunbook.config.SiteConfig;
import org.qunbook.problem.DidYouMean;
import org.qunbook.problem.Problems;

/**
 * Finds plugins with {@link ServiceLoader} and returns fresh instances of those named in
 * {@code qunbook.yml}, in that order, after checking the plugin API version each declares. The
 * core knows no plugin by name.
 */
public final class PluginLoader {

    private final ClassLoader classLoader;
    private final List<String> searched;
    private final List<String> howToAdd;

    /** Plugins on {@code classLoader} only, with no plugin path to mention. */
    public PluginLoader(ClassLoader classLoader) {
        this(classLoader, List.of(), PluginPath.none().howToAdd());
    }

    /**
     * @param classLoader qunbook's own plugins and those of the plugin path ({@link PluginJars})
     * @param searched    the plugin path's entries as the user sees them, for the not-found error
     * @param howToAdd    the ways to add to it ({@link PluginPath#howToAdd()})
     */
    public PluginLoader(ClassLoader classLoader, List<String> searched, List<String> howToAdd) {
        this.classLoader = classLoader;
        this.searched = List.copyOf(searched);
        this.howToAdd = List.copyOf(howToAdd);
    }

    /** Every plugin on the class path, by name: a new instance each call. */
    public Map<String, SitePlugin> available() {
        Map<String, SitePlugin> plugins = new TreeMap<>();
        scan(new ArrayList<>()).forEach((name, found) -> plugins.put(name, found.get(0)));
        return plugins;
    }

    /**
     * Every plugin found, by name, with where it comes from (for {@code qunbook plugins}).
     *
     * @param broken receives a message for each plugin that is listed but cannot be loaded
     */
    public List<FoundPlugin> found(List<String> broken) {
        return scan(broken).values().stream().map(list -> FoundPlugin.of(list.get(0))).toList();
    }

    /** Plugins by name (sorted); each name's instances in class path order. */
    private Map<String, List<SitePlugin>> scan(List<String> broken) {
        Map<String, List<SitePlugin>> plugins = new TreeMap<>();
        Iterator<SitePlugin> it = ServiceLoader.load(SitePlugin.class, classLoader).iterator();
        while (true) {
            try {
                if (!it.hasNext()) {
                    break;
                }
                SitePlugin plugin = it.next();
                plugins.computeIfAbsent(plugin.name(), n -> new ArrayList<>()).add(plugin);
            } catch (ServiceConfigurationError | LinkageError e) {
                // A jar built for a newer Java, or missing a class it needs: say so, keep looking.
                Throwable cause = e.getCause() == null ? e : e.getCause();
                broken.add(e.getMessage() + (cause == e ? "" : " (" + cause + ")"));
            }
        }
        return plugins;
    }

    public List<LoadedPlugin> load(SiteConfig config, Problems problems) {
        List<String> broken = new ArrayList<>();
        Map<String, List<SitePlugin>> available = scan(broken);
        for (String message : broken) {
            problems.report(Problem.warning(SourcePosition.fileOnly(config.file()),
                    "a plugin on the class path cannot be loaded: " + message));
        }
        List<LoadedPlugin> loaded = new ArrayList<>();
        Map<String, Integer> seen = new LinkedHashMap<>();
        for (PluginConfig entry : config.plugins()) {
            SourcePosition at = SourcePosition.of(config.file(), entry.line());
            if (seen.putIfAbsent(entry.name(), entry.line()) != null) {
                problems.report(Problem.error(at, "plugin '" + entry.name() + "' is listed twice"));
                continue;
            }
            List<SitePlugin> candidates = available.get(entry.name());
            if (candidates == null) {
                problems.report(Problem.error(at, notFound(entry.name(), available)));
                continue;
            }
            FoundPlugin plugin = FoundPlugin.of(candidates.get(0));
            if (candidates.size() > 1) {
                problems.report(Problem.warning(at, "plugin '" + entry.name() + "' is found "
                        + candidates.size() + " times; using the one from " + sourceOf(plugin)
                        + ", not the one from " + sourceOf(FoundPlugin.of(candidates.get(1)))));
            }
            String mismatch = apiMismatch(plugin);
            if (!mismatch.isEmpty()) {
                problems.report(Problem.error(at, mismatch));
                continue;
            }
            loaded.add(new LoadedPlugin(plugin.plugin(), entry));
        }
        return List.copyOf(loaded);
    }

    private String notFound(String name, Map<String, List<SitePlugin>> available) {
        String list = available.isEmpty() ? "none" : String.join(", ", available.keySet());
        String path = searched.isEmpty() ? "qunbook's own plugins (the plugin path is empty)"
                : "qunbook's own plugins and the plugin path: " + String.join(", ", searched);
        return "plugin '" + name + "' not found" + DidYouMean.hint(name, available.keySet())
                + "; available plugins: " + list + "; searched " + path + ". Add the plugin's jar with "
                + orList(howToAdd);
    }

    /** {@code a}, {@code a or b}, {@code a, b or c}. */
    private static String orList(List<String> items) {
        if (items.size() <= 1) {
            return String.join("", items);
        }
        return String.join(", ", items.subList(0, items.size() - 1)) + " or " + items.get(items.size() - 1);
    }

    /** Why a plugin cannot run on this API, or {@code ""} if it can (or declares nothing). */
    static String apiMismatch(FoundPlugin plugin) {
        if (plugin.apiVersion().isEmpty()) {
            return "";
        }
        String from = plugin.version().isEmpty() ? sourceOf(plugin) : sourceOf(plugin) + ", version " + plugin.version();
        try {
            if (ApiVersion.supports(plugin.apiVersion())) {
                return "";
            }
        } catch (IllegalArgumentException e) {
            return "plugin '" + plugin.name() + "' (" + from + ") declares an invalid plugin API version: "
                    + e.getMessage() + "; ask its author for a fixed release";
        }
        return "plugin '" + plugin.name() + "' (" + from + ") was built for qunbook plugin API "
                + plugin.apiVersion() + ", but this qunbook provides API " + ApiVersion.CURRENT
                + ": use a release of the plugin built for API " + ApiVersion.CURRENT.split("\\.")[0]
                + ".x (at most " + ApiVersion.CURRENT + "), or a qunbook that provides API " + plugin.apiVersion();
    }

    private static String sourceOf(FoundPlugin plugin) {
        return plugin.source().map(p -> p.getFileName().toString()).orElse("an unknown jar");
    }
}
