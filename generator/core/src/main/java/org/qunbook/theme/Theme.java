package org.qunbook.theme;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import freemarker.cache.FileTemplateLoader;
import freemarker.cache.MultiTemplateLoader;
import freemarker.cache.TemplateLoader;
import org.qunbook.files.ConfinedTree;
import org.qunbook.yaml.YamlDocument;
import org.qunbook.yaml.YamlReader;
import org.qunbook.yaml.YamlSyntaxException;

/**
 * A theme: templates, assets and UI strings, found in a folder ({@code themes/default/} inside
 * the CLI's jar, or a checkout's folder while developing it), with the site's own
 * {@code content/_theme/} taking precedence file by file.
 *
 * @param root      the theme folder (holding {@code templates/}, {@code assets/}, {@code i18n/})
 * @param overrides the site's override folder, which may not exist
 */
public record Theme(Path root, Path overrides) {

    /**
     * Finds theme {@code name}: in {@code themeDir} when given, else on the class path under
     * {@code themes/<name>/}.
     */
    public static Optional<Theme> find(String name, Optional<Path> themeDir, Path overrides, ClassLoader loader) {
        if (themeDir.isPresent()) {
            return Files.isDirectory(themeDir.get().resolve("templates"))
                    ? Optional.of(new Theme(themeDir.get(), overrides)) : Optional.empty();
        }
        URL marker = loader.getResource("themes/" + name + "/templates/base.ftlh");
        if (marker == null) {
            return Optional.empty();
        }
        try {
            URI uri = marker.toURI();
            Path base;
            if (uri.getScheme().equals("jar")) {
                FileSystem fs;
                try {
                    fs = FileSystems.newFileSystem(uri, Map.of());
                } catch (FileSystemAlreadyExistsException e) {
                    fs = FileSystems.getFileSystem(uri);
                }
                base = fs.provider().getPath(uri);
            } else {
                base = Path.of(uri);
            }
            return Optional.of(new Theme(base.getParent().getParent(), overrides));
        } catch (URISyntaxException | IOException e) {
            throw new IllegalStateException("cannot open theme " + name + " at " + marker, e);
        }
    }

    /** Templates from the site's overrides first, then the theme. */
    public TemplateLoader templateLoader() throws IOException {
        List<TemplateLoader> loaders = new ArrayList<>();
        Path siteTemplates = overrides.resolve("templates");
        if (Files.isDirectory(siteTemplates)) {
            loaders.add(new FileTemplateLoader(siteTemplates.toFile()));
        }
        loaders.add(new PathTemplateLoader(root.resolve("templates")));
        return new MultiTemplateLoader(loaders.toArray(TemplateLoader[]::new));
    }

    /**
     * Where template {@code name} comes from, as problems name it: the site's override
     * ({@code content/_theme/templates/page.ftlh}) or the theme's file.
     */
    public String templateDisplayPath(String name) {
        Path override = overrides.resolve("templates").resolve(name).normalize();
        Path file = Files.isRegularFile(override) ? override : root.resolve("templates").resolve(name).normalize();
        if (file.getFileSystem() != java.nio.file.FileSystems.getDefault()) {
            return "themes/" + root.getFileName().toString().replace("/", "") + "/templates/" + name + " (in qunbook)";
        }
        Path absolute = file.toAbsolutePath().normalize();
        Path base = overrides.toAbsolutePath().normalize().getParent();
        base = base == null ? null : base.getParent();
        return base != null && absolute.startsWith(base) ? base.relativize(absolute).toString().replace('\\', '/')
                : absolute.toString();
    }

    /** Every asset by output path ({@code assets/css/qunbook.css}); site overrides win. */
    public Map<String, Path> assets() {
        Map<String, Path> assets = new TreeMap<>();
        collect(root.resolve("assets"), themeFolder(), assets);
        collect(overrides.resolve("assets"), overridesFolder(), assets);
        return assets;
    }

    /**
     * The symbolic links that leave the theme folder (for the theme's files) or the site's
     * {@code _theme/} folder (for overrides), which {@link #assets}, the templates and UI strings skip;
     * a build reports each as an error. The {@code _theme/} folder itself must stay in the content folder.
     */
    public List<ConfinedTree.Escape> escapes() {
        List<ConfinedTree.Escape> escapes = new ArrayList<>();
        if (overrides.getParent() != null && Files.exists(overrides, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            Optional<ConfinedTree.Escape> folder = new ConfinedTree(overrides.getParent(), "the content folder")
                    .escape(overrides);
            if (folder.isPresent()) {
                return List.of(folder.get());
            }
        }
        escapes.addAll(themeFolder().walk(p -> false).escapes());
        escapes.addAll(overridesFolder().walk(p -> false).escapes());
        return escapes;
    }

    private ConfinedTree themeFolder() {
        return new ConfinedTree(root, "the theme folder");
    }

    private ConfinedTree overridesFolder() {
        return new ConfinedTree(overrides, "the site's _theme folder");
    }

    private static void collect(Path folder, ConfinedTree confined, Map<String, Path> into) {
        if (!Files.isDirectory(folder)) {
            return;
        }
        confined.walk(p -> false).files().stream().filter(file -> file.startsWith(folder)).forEach(file -> into.put(
                "assets/" + folder.relativize(file).toString().replace('\\', '/'), file));
    }

    /**
     * UI strings for {@code language}, flattened to dotted keys ({@code search.placeholder});
     * the site's {@code _theme/i18n/<language>.yml} overrides single keys.
     */
    public Map<String, String> messages(String language) throws IOException, MessagesFileException {
        Map<String, String> messages = new LinkedHashMap<>();
        readMessages(root.resolve("i18n/" + language + ".yml"), themeFolder(), messages, false);
        readMessages(overrides.resolve("i18n/" + language + ".yml"), overridesFolder(), messages, true);
        return messages;
    }

    private static void readMessages(Path file, ConfinedTree confined, Map<String, String> into, boolean site)
            throws IOException, MessagesFileException {
        if (!Files.isRegularFile(file) || confined.escape(file).isPresent()) {
            return;
        }
        try {
            YamlDocument document = new YamlReader().read(Files.readString(file, StandardCharsets.UTF_8), 1);
            flatten("", document.values(), document, into);
        } catch (YamlSyntaxException e) {
            throw new MessagesFileException(site ? Optional.of(file) : Optional.empty(), e);
        }
    }

    @SuppressWarnings("unchecked")
    private static void flatten(String prefix, Map<String, Object> values, YamlDocument document,
                                Map<String, String> into) throws YamlSyntaxException {
        for (Map.Entry<String, Object> entry : values.entrySet()) {
            String path = prefix.isEmpty() ? entry.getKey() : prefix + "." + entry.getKey();
            Object value = entry.getValue();
            if (value instanceof Map<?, ?> map) {
                flatten(path, (Map<String, Object>) map, document, into);
            } else if (value instanceof String || value instanceof Number || value instanceof Boolean) {
                into.put(path, String.valueOf(value));
            } else {
                // a list or an empty value would otherwise show as "[a, b]" or "null" in the page
                throw new YamlSyntaxException("UI string '" + path + "' must be text (quote it)",
                        document.lineOf(path, 1), 1);
            }
        }
    }
}
