package org.qunbook.plugin;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.vladsch.flexmark.util.data.DataKey;
import com.vladsch.flexmark.util.misc.Extension;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.jar.Manifest;
import org.qunbook.api.ApiVersion;
import org.qunbook.api.HanziOrder;
import org.qunbook.api.PluginSetup;
import org.qunbook.api.SiteInfo;
import org.qunbook.api.SitePlugin;
import org.qunbook.api.TextTools;
import org.qunbook.text.PinyinOrder;

/**
 * A plugin found on the class path or the plugin path, with what its jar says about it.
 *
 * @param plugin     a fresh instance
 * @param source     the jar (or classes folder) it was loaded from, when known
 * @param version    its version: the jar's {@code Implementation-Version}, else the Maven
 *                   {@code pom.properties} version in it; {@code ""} if neither
 * @param apiVersion the plugin API version it declares ({@link SitePlugin#apiVersion()}, else the
 *                   {@value ApiVersion#MANIFEST_ATTRIBUTE} manifest attribute); {@code ""} if none
 */
public record FoundPlugin(SitePlugin plugin, Optional<Path> source, String version, String apiVersion) {

    public static FoundPlugin of(SitePlugin plugin) {
        Optional<Path> source = sourceOf(plugin.getClass());
        Manifest manifest = source.flatMap(FoundPlugin::manifest).orElse(null);
        String version = Optional.ofNullable(plugin.getClass().getPackage().getImplementationVersion())
                .or(() -> Optional.ofNullable(attribute(manifest, Attributes.Name.IMPLEMENTATION_VERSION.toString())))
                .or(() -> source.flatMap(FoundPlugin::pomVersion)).orElse("");
        String declared = plugin.apiVersion() == null ? "" : plugin.apiVersion().strip();
        if (declared.isEmpty()) {
            declared = Optional.ofNullable(attribute(manifest, ApiVersion.MANIFEST_ATTRIBUTE)).orElse("").strip();
        }
        return new FoundPlugin(plugin, source, version, declared);
    }

    public String name() {
        return plugin.name();
    }

    /**
     * The plugin's options as {@code key: type} (YAML spelling), found by running its
     * {@code configure} until it asks for its options; empty if it takes none, or if that cannot
     * be told without a site (its {@code configure} needs more first).
     */
    public List<String> options() {
        OptionsProbe probe = new OptionsProbe();
        try {
            plugin.configure(probe);
        } catch (OptionsProbe.Asked asked) {
            return describe(asked.type);
        } catch (RuntimeException | LinkageError e) {
            return List.of("?");
        }
        return List.of();
    }

    private static List<String> describe(Class<?> type) {
        PropertyNamingStrategies.SnakeCaseStrategy snake = new PropertyNamingStrategies.SnakeCaseStrategy();
        List<String> options = new ArrayList<>();
        if (type.isRecord()) {
            for (RecordComponent c : type.getRecordComponents()) {
                options.add(snake.translate(c.getName()) + ": " + typeName(c.getType()));
            }
        } else {
            for (Field f : type.getDeclaredFields()) {
                if (!Modifier.isStatic(f.getModifiers())) {
                    options.add(snake.translate(f.getName()) + ": " + typeName(f.getType()));
                }
            }
        }
        return options;
    }

    private static String typeName(Class<?> type) {
        if (type == Boolean.class || type == boolean.class) {
            return "true/false";
        }
        if (Number.class.isAssignableFrom(type) || type.isPrimitive()) {
            return "number";
        }
        if (type == String.class) {
            return "text";
        }
        if (List.class.isAssignableFrom(type)) {
            return "list";
        }
        return java.util.Map.class.isAssignableFrom(type) ? "mapping" : type.getSimpleName();
    }

    private static Optional<Path> sourceOf(Class<?> type) {
        CodeSource code = type.getProtectionDomain().getCodeSource();
        if (code == null || code.getLocation() == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(Path.of(code.getLocation().toURI()));
        } catch (URISyntaxException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static Optional<Manifest> manifest(Path source) {
        if (Files.isDirectory(source)) {
            Path file = source.resolve("META-INF/MANIFEST.MF");
            try (InputStream in = Files.newInputStream(file)) {
                return Optional.of(new Manifest(in));
            } catch (IOException e) {
                return Optional.empty();
            }
        }
        try (JarFile jar = new JarFile(source.toFile())) {
            return Optional.ofNullable(jar.getManifest());
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private static String attribute(Manifest manifest, String name) {
        return manifest == null ? null : manifest.getMainAttributes().getValue(name);
    }

    /** The version in the jar's {@code META-INF/maven/<group>/<artifact>/pom.properties} (every Maven-built jar has one). */
    private static Optional<String> pomVersion(Path source) {
        if (!Files.isRegularFile(source)) {
            return Optional.empty();
        }
        try (JarFile jar = new JarFile(source.toFile())) {
            Enumeration<JarEntry> entries = jar.entries();
            while (entries.hasMoreElements()) {
                JarEntry entry = entries.nextElement();
                if (entry.getName().startsWith("META-INF/maven/") && entry.getName().endsWith("/pom.properties")) {
                    Properties properties = new Properties();
                    try (InputStream in = jar.getInputStream(entry)) {
                        properties.load(in);
                    }
                    return Optional.ofNullable(properties.getProperty("version"));
                }
            }
        } catch (IOException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    /** A setup that stops {@code configure} at the options it asks for, and does nothing else. */
    private static final class OptionsProbe implements PluginSetup {

        /** Carries the options type out of {@code configure}; no stack trace is needed. */
        static final class Asked extends RuntimeException {
            final transient Class<?> type;

            Asked(Class<?> type) {
                super(null, null, false, false);
                this.type = type;
            }
        }

        @Override
        public SiteInfo site() {
            return new SiteInfo("", "zh-CN", "/", false);
        }

        @Override
        public TextTools text() {
            return new TextTools() {
                @Override
                public String foldToSimplified(String text) {
                    return text;
                }

                @Override
                public HanziOrder pinyin() {
                    return new PinyinOrder();
                }
            };
        }

        @Override
        public <T> T options(Class<T> type) {
            throw new Asked(type);
        }

        @Override
        public void addMarkdownExtension(Extension extension) {
        }

        @Override
        public <T> void setMarkdownOption(DataKey<T> key, T value) {
        }

        @Override
        public void addAsset(String outputPath, String classpathResource) {
        }

        @Override
        public void addMessages(String folder, String defaultLanguage) {
        }
    }
}
