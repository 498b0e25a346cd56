package org.qunbook.config;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.qunbook.api.Problem;
import org.qunbook.api.SourcePosition;
import org.qunbook.problem.DidYouMean;
import org.qunbook.problem.Problems;
import org.qunbook.yaml.YamlDocument;
import org.qunbook.yaml.YamlReader;
import org.qunbook.yaml.YamlSyntaxException;

/**
 * Reads and checks {@code qunbook.yml}. Every mistake is reported with its line; unknown keys
 * are errors with a "did you mean" hint, as in front matter.
 */
public final class SiteConfigLoader {

    private static final Set<String> TOP_KEYS = Set.of("title", "description", "language", "base_url", "theme",
            "footer", "copyright", "types", "plugins", "search", "plugin_path",
            "image", "sidebar", "tags", "repo_url", "edit_path", "review", "print", "markdown",
            "offline");
    private static final Set<String> TYPE_KEYS = Set.of("folder", "layout", "label", "required", "fields");
    private static final Set<String> FIELD_KEYS = Set.of("type", "values");
    private static final Set<String> PLUGIN_KEYS = Set.of("name", "options");
    private static final Set<String> SEARCH_KEYS = Set.of("enabled", "budget_kb", "stop_words", "type_weights");
    private static final Set<String> SIDEBAR_KEYS = Set.of("link_only");
    private static final Set<String> TAGS_KEYS = Set.of("warn_single_use");
    private static final Set<String> REVIEW_KEYS = Set.of("every", "page", "types", "strict");
    private static final Set<String> OFFLINE_KEYS = Set.of("enabled", "short_name", "theme_color");
    private static final Set<String> PRINT_KEYS = Set.of("page");
    private static final Set<String> MARKDOWN_KEYS = Set.of("unsafe_html");
    private static final Set<String> LANGUAGES = Set.of("zh-CN", "en");
    private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9-]*");

    private final YamlReader yaml = new YamlReader();

    /**
     * @param file        the config file
     * @param displayPath how to name it in problems
     * @return the config, or empty when it has errors (they are reported)
     */
    public Optional<SiteConfig> load(Path file, String displayPath, Problems problems) {
        if (!Files.isRegularFile(file)) {
            problems.report(Problem.error(SourcePosition.fileOnly(displayPath),
                    "site config not found; create it with at least 'title: My handbook'"));
            return Optional.empty();
        }
        YamlDocument doc;
        try {
            doc = yaml.read(Files.readString(file, StandardCharsets.UTF_8), 1);
        } catch (YamlSyntaxException e) {
            problems.report(Problem.error(new SourcePosition(displayPath, e.line(), e.column()), e.getMessage()));
            return Optional.empty();
        } catch (IOException e) {
            problems.report(Problem.error(SourcePosition.fileOnly(displayPath), "cannot read: " + e.getMessage()));
            return Optional.empty();
        }
        Reader reader = new Reader(doc, displayPath, problems);
        SiteConfig config = reader.read();
        return reader.failed ? Optional.empty() : Optional.of(config);
    }

    /** Reads one document, remembering whether anything was wrong. */
    private static final class Reader {
        private final YamlDocument doc;
        private final String file;
        private final Problems problems;
        private boolean failed;

        Reader(YamlDocument doc, String file, Problems problems) {
            this.doc = doc;
            this.file = file;
            this.problems = problems;
        }

        SiteConfig read() {
            Map<String, Object> top = doc.values();
            unknownKeys(top, "", TOP_KEYS);
            String title = string(top, "title", null);
            if (title == null || title.isBlank()) {
                error("", "missing required key 'title' (the site's name)");
                title = "";
            }
            String language = string(top, "language", "zh-CN");
            if (!LANGUAGES.contains(language)) {
                error("language", "language must be one of zh-CN, en (got '" + language + "')");
            }
            String baseUrl = string(top, "base_url", "/");
            if (!baseUrl.endsWith("/")) {
                baseUrl = baseUrl + "/";
            }
            if (!(baseUrl.startsWith("/") || baseUrl.startsWith("http://") || baseUrl.startsWith("https://"))) {
                error("base_url", "base_url must start with '/' or 'https://' (got '" + baseUrl + "')");
            }
            SiteIdentity identity = new SiteIdentity(title, string(top, "description", ""), language, baseUrl,
                    string(top, "footer", ""), string(top, "copyright", ""));
            return new SiteConfig(identity, string(top, "theme", "default"), types(top), plugins(top), search(top),
                    options(top), upkeep(top), markdown(top), file, pluginPath(top));
        }

        /** {@code plugin_path}: one path or a list of them. */
        private List<PluginPathEntry> pluginPath(Map<String, Object> top) {
            Object value = top.get("plugin_path");
            if (value == null) {
                return List.of();
            }
            List<?> items = value instanceof List<?> list ? list : List.of(value);
            List<PluginPathEntry> entries = new ArrayList<>();
            for (int i = 0; i < items.size(); i++) {
                String path = value instanceof List<?> ? "plugin_path." + i : "plugin_path";
                Object item = items.get(i);
                if (!(item instanceof String text) || text.isBlank()) {
                    error(path, "plugin_path entries must be paths of plugin jars or folders of jars, "
                            + "relative to the content folder (e.g. _plugins/)");
                    continue;
                }
                entries.add(new PluginPathEntry(text.strip(), doc.lineOf(path, doc.lineOf("plugin_path", 1))));
            }
            return entries;
        }

        private SiteOptions options(Map<String, Object> top) {
            String image = string(top, "image", "");
            Map<String, Object> sidebar = mapping(top.get("sidebar"), "sidebar");
            unknownKeys(sidebar, "sidebar", SIDEBAR_KEYS);
            List<String> linkOnly = stringList(sidebar, "link_only", "sidebar");
            Map<String, Object> tags = mapping(top.get("tags"), "tags");
            unknownKeys(tags, "tags", TAGS_KEYS);
            Object warn = tags.getOrDefault("warn_single_use", false);
            if (!(warn instanceof Boolean)) {
                error("tags.warn_single_use", "tags.warn_single_use must be true or false");
                warn = false;
            }
            return new SiteOptions(image, linkOnly, (Boolean) warn);
        }

        /** {@code review:}, {@code repo_url}, {@code edit_path}, {@code print:}. */
        private UpkeepSettings upkeep(Map<String, Object> top) {
            Map<String, Object> review = mapping(top.get("review"), "review");
            unknownKeys(review, "review", REVIEW_KEYS);
            Optional<ReviewInterval> every = Optional.ofNullable(string(review, "every", null, "review"))
                    .flatMap(text -> interval(text, "review.every"));
            Map<String, ReviewInterval> byType = new LinkedHashMap<>();
            mapping(review.get("types"), "review.types").forEach((type, value) -> {
                String path = "review.types." + type;
                if (!(top.get("types") instanceof Map<?, ?> declared && declared.containsKey(type))) {
                    error(path, "review.types names '" + type + "', which is not a type declared under 'types:'");
                }
                interval(String.valueOf(value), path).ifPresent(i -> byType.put(type, i));
            });
            Map<String, Object> print = mapping(top.get("print"), "print");
            unknownKeys(print, "print", PRINT_KEYS);
            Optional<String> repoUrl = Optional.ofNullable(string(top, "repo_url", null))
                    .map(String::strip).filter(u -> !u.isEmpty());
            if (repoUrl.isPresent() && !repoUrl.get().matches("https?://[^\\s/]+/\\S*")) {
                error("repo_url", "repo_url must be the repository's web address, e.g. "
                        + "https://github.com/org/handbook (got '" + repoUrl.get() + "')");
            }
            repoUrl = repoUrl.map(u -> u.endsWith("/") ? u : u + "/");
            String editPath = string(top, "edit_path", null);
            if (editPath == null) {
                editPath = repoUrl.map(UpkeepSettings::defaultEditPath).orElse("");
            } else if (repoUrl.isEmpty()) {
                error("edit_path", "edit_path needs repo_url (the repository's web address) to make edit links");
            }
            editPath = editPath.replaceFirst("^/+", "");
            if (!editPath.isEmpty() && !editPath.endsWith("/")) {
                editPath = editPath + "/";
            }
            return new UpkeepSettings(every, byType, flag(review, "page", "review"), repoUrl, editPath,
                    flag(print, "page", "print"), flag(review, "strict", "review"), offline(top));
        }

        /** {@code offline:}: off unless {@code enabled: true}, like Docusaurus's PWA plugin. */
        private OfflineSettings offline(Map<String, Object> top) {
            Map<String, Object> offline = mapping(top.get("offline"), "offline");
            unknownKeys(offline, "offline", OFFLINE_KEYS);
            String shortName = string(offline, "short_name", "", "offline").strip();
            String color = string(offline, "theme_color", OfflineSettings.DEFAULT_THEME_COLOR, "offline").strip();
            if (!color.matches("#[0-9a-fA-F]{3}|#[0-9a-fA-F]{6}")) {
                error("offline.theme_color", "offline.theme_color must be a hex colour such as \"#1f6feb\" (quoted: # starts a YAML comment; got '"
                        + color + "')");
            }
            return new OfflineSettings(flag(offline, "enabled", "offline"), shortName, color);
        }

        private Optional<ReviewInterval> interval(String text, String path) {
            Optional<ReviewInterval> interval = ReviewInterval.parse(text);
            if (interval.isEmpty()) {
                error(path, "'" + text + "' is not a review interval; write " + ReviewInterval.HINT);
            }
            return interval;
        }

        private boolean flag(Map<String, Object> map, String key, String parent) {
            Object value = map.getOrDefault(key, false);
            if (!(value instanceof Boolean)) {
                error(parent + "." + key, parent + "." + key + " must be true or false");
                return false;
            }
            return (Boolean) value;
        }

        private List<ContentType> types(Map<String, Object> top) {
            Object value = top.get("types");
            if (value == null) {
                return List.of();
            }
            if (!(value instanceof Map<?, ?> map)) {
                error("types", "'types' must be a mapping from type name to its settings");
                return List.of();
            }
            List<ContentType> types = new ArrayList<>();
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                String name = String.valueOf(entry.getKey());
                String path = "types." + name;
                if (!NAME.matcher(name).matches()) {
                    error(path, "type name '" + name + "' must be lower-case letters, digits and '-'");
                }
                Map<String, Object> spec = mapping(entry.getValue(), path);
                unknownKeys(spec, path, TYPE_KEYS);
                String folder = string(spec, "folder", null, path);
                if (folder == null) {
                    error(path, "type '" + name + "' needs 'folder:' (the content folder of its pages)");
                    folder = name;
                }
                types.add(new ContentType(name, folder, string(spec, "layout", name, path),
                        string(spec, "label", name, path), stringList(spec, "required", path),
                        fields(spec, path)));
            }
            return types;
        }

        private Map<String, FieldSpec> fields(Map<String, Object> type, String typePath) {
            Map<String, FieldSpec> fields = new LinkedHashMap<>();
            Map<String, Object> declared = mapping(type.getOrDefault("fields", Map.of()), typePath + ".fields");
            for (Map.Entry<String, Object> entry : declared.entrySet()) {
                String path = typePath + ".fields." + entry.getKey();
                Map<String, Object> spec = mapping(entry.getValue(), path);
                unknownKeys(spec, path, FIELD_KEYS);
                String kindName = string(spec, "type", "string", path);
                FieldKind kind = null;
                for (FieldKind k : FieldKind.values()) {
                    if (k.configName().equals(kindName)) {
                        kind = k;
                    }
                }
                if (kind == null) {
                    List<String> names = java.util.Arrays.stream(FieldKind.values()).map(FieldKind::configName).toList();
                    error(path + ".type", "unknown field type '" + kindName + "'" + DidYouMean.hint(kindName, names)
                            + "; use one of " + String.join(", ", names));
                    kind = FieldKind.ANY;
                }
                Object values = spec.get("values");
                List<Object> allowed = values instanceof List<?> list ? new ArrayList<>(list) : List.of();
                fields.put(entry.getKey(), new FieldSpec(kind, allowed));
            }
            return fields;
        }

        private List<PluginConfig> plugins(Map<String, Object> top) {
            Object value = top.get("plugins");
            if (value == null) {
                return List.of();
            }
            if (!(value instanceof List<?> list)) {
                error("plugins", "'plugins' must be a list of plugin names or {name, options} entries");
                return List.of();
            }
            List<PluginConfig> plugins = new ArrayList<>();
            for (int i = 0; i < list.size(); i++) {
                String path = "plugins." + i;
                int line = doc.lineOf(path, doc.lineOf("plugins", 1));
                Object item = list.get(i);
                if (item instanceof String name) {
                    plugins.add(new PluginConfig(name, Map.of(), line, Map.of()));
                    continue;
                }
                Map<String, Object> entry = mapping(item, path);
                unknownKeys(entry, path, PLUGIN_KEYS);
                String name = string(entry, "name", null, path);
                if (name == null) {
                    error(path, "plugin entry needs 'name:'");
                    continue;
                }
                Map<String, Object> options = mapping(entry.getOrDefault("options", Map.of()), path + ".options");
                Map<String, Integer> optionLines = new LinkedHashMap<>();
                options.keySet().forEach(k -> optionLines.put(k, doc.lineOf(path + ".options." + k, line)));
                plugins.add(new PluginConfig(name, options, line, optionLines));
            }
            return plugins;
        }

        private SearchSettings search(Map<String, Object> top) {
            SearchSettings defaults = SearchSettings.defaults();
            if (!top.containsKey("search")) {
                return defaults;
            }
            Map<String, Object> search = mapping(top.get("search"), "search");
            unknownKeys(search, "search", SEARCH_KEYS);
            Object enabled = search.getOrDefault("enabled", defaults.enabled());
            Object budget = search.getOrDefault("budget_kb", defaults.budgetKb());
            if (!(enabled instanceof Boolean)) {
                error("search.enabled", "search.enabled must be true or false");
                enabled = true;
            }
            if (!(budget instanceof Long)) {
                error("search.budget_kb", "search.budget_kb must be a whole number of KiB");
                budget = defaults.budgetKb();
            }
            List<String> stopWords = new ArrayList<>(SearchSettings.DEFAULT_STOP_WORDS);
            Object extra = search.getOrDefault("stop_words", List.of());
            if (extra instanceof List<?> list && list.stream().allMatch(w -> w instanceof String s && !s.isBlank())) {
                list.forEach(w -> stopWords.add(((String) w).strip()));
            } else {
                error("search.stop_words", "search.stop_words must be a list of words, e.g. [请教, 求助]");
            }
            Map<String, Double> weights = new LinkedHashMap<>(SearchSettings.DEFAULT_TYPE_WEIGHTS);
            Object typeWeights = search.getOrDefault("type_weights", Map.of());
            if (typeWeights instanceof Map<?, ?> map) {
                map.forEach((type, weight) -> {
                    if (weight instanceof Number n && n.doubleValue() > 0 && n.doubleValue() <= 100) {
                        weights.put(String.valueOf(type), n.doubleValue());
                    } else {
                        error("search.type_weights." + type, "search.type_weights." + type
                                + " must be a number above 0 (1 is neutral, e.g. 1.5), got '" + weight + "'");
                    }
                });
            } else {
                error("search.type_weights", "search.type_weights must map content types to weights, e.g. { playbook: 1.5 }");
            }
            return new SearchSettings((Boolean) enabled, (Long) budget, stopWords, weights);
        }

        private MarkdownSettings markdown(Map<String, Object> top) {
            if (!top.containsKey("markdown")) {
                return MarkdownSettings.defaults();
            }
            Map<String, Object> markdown = mapping(top.get("markdown"), "markdown");
            unknownKeys(markdown, "markdown", MARKDOWN_KEYS);
            Object unsafe = markdown.getOrDefault("unsafe_html", false);
            if (!(unsafe instanceof Boolean)) {
                error("markdown.unsafe_html", "markdown.unsafe_html must be true or false");
                unsafe = false;
            }
            return new MarkdownSettings((Boolean) unsafe);
        }

        private void unknownKeys(Map<String, Object> map, String path, Set<String> known) {
            for (String key : map.keySet()) {
                if (!known.contains(key)) {
                    error(path.isEmpty() ? key : path + "." + key, "unknown key '" + key + "'"
                            + DidYouMean.hint(key, known));
                }
            }
        }

        private Map<String, Object> mapping(Object value, String path) {
            if (value instanceof Map<?, ?> map) {
                Map<String, Object> result = new LinkedHashMap<>();
                map.forEach((k, v) -> result.put(String.valueOf(k), v));
                return result;
            }
            if (value != null) {
                error(path, "'" + lastSegment(path) + "' must be a mapping of 'key: value' lines");
            }
            return Map.of();
        }

        private String string(Map<String, Object> map, String key, String fallback) {
            return string(map, key, fallback, "");
        }

        private String string(Map<String, Object> map, String key, String fallback, String parent) {
            Object value = map.get(key);
            if (value == null) {
                return fallback;
            }
            if (value instanceof String || value instanceof Number || value instanceof Boolean) {
                return String.valueOf(value);
            }
            error(parent.isEmpty() ? key : parent + "." + key, "'" + key + "' must be a single value");
            return fallback;
        }

        private List<String> stringList(Map<String, Object> map, String key, String parent) {
            Object value = map.get(key);
            if (value == null) {
                return List.of();
            }
            if (value instanceof List<?> list) {
                return list.stream().map(String::valueOf).toList();
            }
            error(parent + "." + key, "'" + key + "' must be a list, e.g. [summary]");
            return List.of();
        }

        private void error(String path, String message) {
            failed = true;
            int line = path.isEmpty() ? 1 : doc.lineOf(path, lineOfParent(path));
            problems.report(Problem.error(SourcePosition.of(file, line), message));
        }

        private int lineOfParent(String path) {
            int dot = path.lastIndexOf('.');
            return dot < 0 ? 1 : doc.lineOf(path.substring(0, dot), lineOfParent(path.substring(0, dot)));
        }

        private static String lastSegment(String path) {
            return path.substring(path.lastIndexOf('.') + 1);
        }
    }
}
