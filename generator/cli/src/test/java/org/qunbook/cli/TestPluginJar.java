package org.qunbook.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.qunbook.api.SitePlugin;

/**
 * A plugin from {@code src/test/plugins/<name>/} compiled against {@code qunbook-api} alone into a
 * jar of its own, as its author's build would make it: so the tests load it from the plugin path,
 * never from the test class path.
 */
final class TestPluginJar {

    private static final Path SOURCES = Path.of("src/test/plugins");

    private TestPluginJar() {
    }

    /** The plugin {@code name} as {@code jar}, version {@code version}. */
    static Path build(String name, Path jar, String version) {
        return build(name, jar, version, source -> source);
    }

    /** The same, with its Java sources edited by {@code edit} first (another version of the plugin). */
    static Path build(String name, Path jar, String version, UnaryOperator<String> edit) {
        return build(name, jar, version, edit, java.util.Map.of());
    }

    /** The same, with extra main attributes in the jar's manifest. */
    static Path build(String name, Path jar, String version, UnaryOperator<String> edit,
                      java.util.Map<String, String> manifestAttributes) {
        try {
            // javac takes seconds: a jar already made from the same sources is written again instead.
            String key = name + "|" + version + "|" + new java.util.TreeMap<>(manifestAttributes) + "|"
                    + edit.apply(sources(name));
            byte[] made = BUILT.get(key);
            if (made == null) {
                Path scratch = Files.createTempFile("qunbook-test-plugin-", ".jar");
                compile(name, scratch, version, edit, manifestAttributes);
                made = Files.readAllBytes(scratch);
                Files.delete(scratch);
                BUILT.put(key, made);
            }
            Files.createDirectories(jar.toAbsolutePath().getParent());
            Path partial = jar.resolveSibling(jar.getFileName() + ".part");
            Files.write(partial, made);
            Files.move(partial, jar, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            return jar;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static final java.util.Map<String, byte[]> BUILT = new java.util.concurrent.ConcurrentHashMap<>();

    /** Every Java source of the plugin, concatenated (the cache key). */
    private static String sources(String name) throws IOException {
        StringBuilder all = new StringBuilder();
        try (Stream<Path> files = Files.walk(SOURCES.resolve(name))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
                all.append(Files.readString(file));
            }
        }
        return all.toString();
    }

    private static void compile(String name, Path jar, String version, UnaryOperator<String> edit,
                                java.util.Map<String, String> manifestAttributes) {
        try {
            Path work = Files.createTempDirectory("qunbook-test-plugin-");
            Path classes = Files.createDirectories(work.resolve("classes"));
            List<String> arguments = new ArrayList<>(List.of("-d", classes.toString(), "--release", "17",
                    "-proc:none", "-classpath", location(SitePlugin.class) + java.io.File.pathSeparator
                            + location(org.jsoup.nodes.Element.class)));
            Path root = SOURCES.resolve(name);
            try (Stream<Path> files = Files.walk(root)) {
                for (Path file : files.filter(Files::isRegularFile).toList()) {
                    String relative = root.relativize(file).toString();
                    if (relative.endsWith(".java")) {
                        Path edited = work.resolve("src").resolve(relative);
                        Files.createDirectories(edited.getParent());
                        Files.writeString(edited, edit.apply(Files.readString(file)));
                        arguments.add(edited.toString());
                    } else {
                        Files.createDirectories(classes.resolve(relative).getParent());
                        Files.copy(file, classes.resolve(relative));
                    }
                }
            }
            JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
            assertThat(javac.run(null, null, null, arguments.toArray(String[]::new))).as("javac").isZero();
            Manifest manifest = new Manifest();
            manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
            manifest.getMainAttributes().put(Attributes.Name.IMPLEMENTATION_VERSION, version);
            manifestAttributes.forEach((key, value) -> manifest.getMainAttributes().putValue(key, value));
            Files.createDirectories(jar.toAbsolutePath().getParent());
            Path partial = jar.resolveSibling(jar.getFileName() + ".part");
            try (OutputStream out = Files.newOutputStream(partial);
                 JarOutputStream zip = new JarOutputStream(out, manifest);
                 Stream<Path> files = Files.walk(classes)) {
                for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                    zip.putNextEntry(new JarEntry(classes.relativize(file).toString().replace('\\', '/')));
                    zip.write(Files.readAllBytes(file));
                    zip.closeEntry();
                }
            }
            Files.move(partial, jar, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            try (Stream<Path> files = Files.walk(work)) {
                for (Path file : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.delete(file);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String location(Class<?> type) {
        try {
            return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
