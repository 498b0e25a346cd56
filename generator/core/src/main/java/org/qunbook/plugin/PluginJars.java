package org.qunbook.plugin;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * The jars of a plugin path and the class loader that loads plugins from them: a child of
 * qunbook's own loader, so plugins see {@code qunbook-api} and the libraries it exposes from
 * qunbook itself, and qunbook's own classes cannot be replaced by a jar on the path.
 *
 * <p>{@code qunbook serve} keeps one open across rebuilds while the jars are unchanged
 * ({@link #sameJars}), and opens a new one when a jar is rebuilt, so a plugin's new version is
 * picked up without restarting; the old loader is closed, which releases its open jar files.
 */
public final class PluginJars implements AutoCloseable {

    private final List<Path> jars;
    private final List<String> stamps;
    private final ClassLoader parent;
    private final URLClassLoader loader;

    private PluginJars(List<Path> jars, ClassLoader parent) {
        this.jars = List.copyOf(jars);
        this.stamps = stamps(jars);
        this.parent = parent;
        this.loader = jars.isEmpty() ? null
                : new URLClassLoader("qunbook-plugins", jars.stream().map(PluginJars::url).toArray(URL[]::new), parent);
    }

    /** A loader over {@code jars}; just {@code parent} when there are none. */
    public static PluginJars open(List<Path> jars, ClassLoader parent) {
        return new PluginJars(jars, parent);
    }

    /**
     * The jars of a plugin path's entries, in order: an entry that is a file is a jar; a folder
     * holds jars ({@code *.jar}, by name; not its subfolders). Missing entries are skipped (the
     * caller reports them).
     */
    public static List<Path> jarsOf(List<Path> entries) {
        java.util.Set<Path> jars = new java.util.LinkedHashSet<>(); // a jar named twice is searched once
        for (Path entry : entries) {
            if (Files.isRegularFile(entry)) {
                jars.add(entry.toAbsolutePath().normalize());
            } else if (Files.isDirectory(entry)) {
                try (Stream<Path> files = Files.list(entry)) {
                    files.filter(f -> f.getFileName().toString().endsWith(".jar") && Files.isRegularFile(f))
                            .map(f -> f.toAbsolutePath().normalize()).sorted().forEach(jars::add);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }
        return List.copyOf(jars);
    }

    public ClassLoader loader() {
        return loader == null ? parent : loader;
    }

    public List<Path> jars() {
        return jars;
    }

    /** Whether this loader was opened over the same jar files, unchanged since, and the same parent. */
    public boolean sameJars(List<Path> others, ClassLoader otherParent) {
        return parent == otherParent && jars.equals(others) && stamps.equals(stamps(others));
    }

    private static List<String> stamps(List<Path> jars) {
        return jars.stream().map(jar -> {
            try {
                return Files.size(jar) + "@" + Files.getLastModifiedTime(jar).toMillis();
            } catch (IOException e) {
                return "missing";
            }
        }).toList();
    }

    private static URL url(Path jar) {
        try {
            return jar.toUri().toURL();
        } catch (MalformedURLException e) {
            throw new IllegalArgumentException(jar.toString(), e);
        }
    }

    @Override
    public void close() {
        if (loader != null) {
            try {
                loader.close();
            } catch (IOException e) {
                // Closing only releases open jar files; nothing else to do about a failure.
            }
        }
    }
}
