package org.qunbook.plugin;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.qunbook.api.Problem;
import org.qunbook.api.SourcePosition;
import org.qunbook.files.ConfinedTree;
import org.qunbook.problem.DidYouMean;
import org.qunbook.problem.Problems;
import org.qunbook.yaml.YamlDocument;
import org.qunbook.yaml.YamlReader;
import org.qunbook.yaml.YamlSyntaxException;

/**
 * The plugins' UI strings ({@link org.qunbook.api.PluginSetup#addMessages}): each plugin's
 * {@code <language>.yml} over its default language's, under {@code plugin.<name>.}, and on top of
 * them the theme's strings with the site's {@code content/_theme/i18n/} overrides
 * ({@link #withSite}), so a site can reword any plugin's string the way it rewords the theme's.
 */
public final class PluginMessages {

    static final String PREFIX = "plugin.";

    private final String language;
    private final Problems problems;
    private final Map<String, String> defaults = Collections.synchronizedMap(new TreeMap<>());
    /** The plugins that registered strings: a site's key under one of them must be one of theirs. */
    private final java.util.Set<String> registered = Collections.synchronizedSet(new java.util.TreeSet<>());
    private volatile Map<String, String> merged = Map.of();

    /** @param language the site's language ({@code zh-CN}) */
    PluginMessages(String language, Problems problems) {
        this.language = language;
        this.problems = problems;
    }

    /**
     * Reads plugin {@code name}'s files from {@code folder}, relative to {@code anchor}'s package
     * (or absolute with a leading {@code /}). A missing default file is an error in the plugin; a
     * missing file for the site's language is not (every key falls back).
     */
    void register(String name, Class<?> anchor, String folder, String defaultLanguage) {
        String base = folder.endsWith("/") ? folder : folder + "/";
        Map<String, String> strings = new TreeMap<>();
        URL fallback = anchor.getResource(base + defaultLanguage + ".yml");
        if (fallback == null) {
            throw new IllegalArgumentException("messages not found: " + base + defaultLanguage + ".yml (relative to "
                    + anchor.getPackageName().replace('.', '/') + "/)");
        }
        read(fallback, PREFIX + name + ".", strings);
        if (!language.equals(defaultLanguage)) {
            URL own = anchor.getResource(base + language + ".yml");
            if (own != null) {
                read(own, PREFIX + name + ".", strings);
            }
        }
        defaults.putAll(strings);
        registered.add(name);
    }

    /**
     * Warns about each string the site's {@code _theme/i18n/<language>.yml} sets under
     * {@code plugin.<name>.} for a plugin that registered strings but has no such key: a typo there
     * would otherwise change nothing, silently. The file's other problems are the theme's to report.
     *
     * @param contentDir the content folder (null: nothing to check)
     */
    void checkSiteOverrides(Path contentDir, java.util.function.Function<Path, String> displayPath) {
        if (contentDir == null || registered.isEmpty()) {
            return;
        }
        Path file = contentDir.resolve("_theme/i18n/" + language + ".yml");
        if (!Files.isRegularFile(file) || new ConfinedTree(contentDir, "the content folder").escape(file).isPresent()) {
            return;
        }
        YamlDocument document;
        try {
            document = new YamlReader().read(Files.readString(file, StandardCharsets.UTF_8), 1);
        } catch (IOException | YamlSyntaxException | java.io.UncheckedIOException e) {
            return;
        }
        Map<String, String> keys = new TreeMap<>();
        flatten("", document.values(), keys);
        for (String key : keys.keySet()) {
            String[] parts = key.split("\\.", 3);
            if (parts.length < 3 || !(PREFIX.equals(parts[0] + ".")) || !registered.contains(parts[1])
                    || defaults.containsKey(key)) {
                continue;
            }
            String plugin = PREFIX + parts[1] + ".";
            List<String> known = defaults.keySet().stream().filter(k -> k.startsWith(plugin)).toList();
            problems.report(Problem.warning(new SourcePosition(displayPath.apply(file), document.lineOf(key, 1), 1),
                    "plugin '" + parts[1] + "' has no string '" + key + "', so this one is never shown"
                            + DidYouMean.hint(key, known)));
        }
    }

    /**
     * Every string pages and plugins see: the plugins' defaults, then {@code site} (the theme's
     * strings and the site's overrides, {@code Theme.messages}) winning key by key.
     */
    public Map<String, String> withSite(Map<String, String> site) {
        Map<String, String> all = new TreeMap<>(defaults);
        all.putAll(site);
        merged = Collections.unmodifiableMap(all);
        return merged;
    }

    /** A string of {@link #withSite}'s map (the plugins' defaults alone before it is called). */
    Optional<String> find(String key) {
        Map<String, String> current = merged.isEmpty() ? defaults : merged;
        return Optional.ofNullable(current.get(key));
    }

    private void read(URL file, String prefix, Map<String, String> into) {
        String text;
        try (InputStream in = file.openStream()) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            problems.report(Problem.error(SourcePosition.fileOnly(shown(file)), "cannot read: " + e.getMessage()));
            return;
        }
        try {
            flatten(prefix, new YamlReader().read(text, 1).values(), into);
        } catch (YamlSyntaxException e) {
            problems.report(Problem.error(new SourcePosition(shown(file), e.line(), e.column()),
                    e.getMessage() + " in the plugin's messages"));
        }
    }

    @SuppressWarnings("unchecked")
    private static void flatten(String prefix, Map<String, Object> values, Map<String, String> into) {
        values.forEach((key, value) -> {
            if (value instanceof Map<?, ?> map) {
                flatten(prefix + key + ".", (Map<String, Object>) map, into);
            } else if (value != null) {
                into.put(prefix + key, String.valueOf(value));
            }
        });
    }

    /** {@code qunbook-plugin-x.jar!/org/x/i18n/en.yml} for a jar, the path for a folder. */
    private static String shown(URL file) {
        String url = file.toString();
        if (url.startsWith("jar:")) {
            String inner = url.substring(4);
            int bang = inner.indexOf("!/");
            String jar = bang < 0 ? inner : inner.substring(0, bang);
            return jar.substring(jar.lastIndexOf('/') + 1) + (bang < 0 ? "" : inner.substring(bang));
        }
        if (url.startsWith("file:")) {
            try {
                return java.nio.file.Path.of(file.toURI()).toString();
            } catch (java.net.URISyntaxException | IllegalArgumentException e) {
                return url;
            }
        }
        return url;
    }
}
