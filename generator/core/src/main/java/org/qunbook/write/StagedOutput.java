package org.qunbook.write;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;

/**
 * The site being written: a temporary folder next to the output folder, swapped in by
 * {@link #commit()} only when the whole build succeeded, so a failed build leaves the previous
 * site untouched. Every path is checked to stay inside the folder. A build stopped from outside
 * (Ctrl-C, {@code kill}) removes its folder on the way out; a previous site a swap could not delete
 * is deleted by the next build.
 */
public final class StagedOutput implements SiteOutput {

    private final Path output;
    private final Path staging;
    private final OutputPaths paths;
    private volatile boolean committed;
    /** Set when the JVM stops mid-build: later writes are refused, so the folder can be deleted. */
    private volatile boolean discarding;
    /** Deletes the staging folder if the JVM is stopped before {@link #close()}. */
    private final Thread onExit;

    private StagedOutput(Path output, Path staging) {
        this.output = output;
        this.staging = staging;
        this.paths = new OutputPaths(staging);
        this.onExit = new Thread(this::discardQuietly, "qunbook-discard-staging");
        Runtime.getRuntime().addShutdownHook(onExit);
    }

    /**
     * Starts writing a site to {@code output}.
     *
     * @throws OutputPathException when {@code output} exists but does not look like a built site
     */
    public static StagedOutput begin(Path output) throws IOException {
        Path target = output.toAbsolutePath().normalize();
        if (Files.exists(target) && !looksLikeSite(target)) {
            throw new OutputPathException("refusing to replace " + output + ": it is not empty and has no index.html, "
                    + "so it does not look like a built site; remove it or choose another --output");
        }
        Path parent = target.getParent();
        Files.createDirectories(parent);
        deleteOldSites(target);
        Path staging = Files.createTempDirectory(parent, "." + target.getFileName() + ".building-");
        // Temporary folders are private (rwx------); a published site must be readable by the web server.
        try {
            Files.setPosixFilePermissions(staging, java.nio.file.attribute.PosixFilePermissions.fromString("rwxr-xr-x"));
        } catch (UnsupportedOperationException e) {
            // Not a POSIX file system (Windows): permissions are inherited there.
        }
        return new StagedOutput(target, staging);
    }

    /** Previous sites a swap moved aside but could not delete ({@link #commit()}): best effort. */
    private static void deleteOldSites(Path target) throws IOException {
        String prefix = "." + target.getFileName() + ".old-";
        try (var siblings = Files.list(target.getParent())) {
            for (Path old : siblings.filter(p -> p.getFileName().toString().startsWith(prefix)).toList()) {
                try {
                    deleteTree(old);
                } catch (IOException e) {
                    // still in use or not ours to delete: the next build tries again
                }
            }
        }
    }

    private static boolean looksLikeSite(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return false;
        }
        try (var entries = Files.list(folder)) {
            return entries.findAny().isEmpty() || Files.isRegularFile(folder.resolve("index.html"));
        }
    }

    @Override
    public void write(String path, List<byte[]> parts, String owner) {
        Path file = resolve(path, owner);
        try {
            Files.createDirectories(file.getParent());
            FileParts.write(file, parts);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void copy(String path, Path source, String owner) {
        Path file = resolve(path, owner);
        try {
            Files.createDirectories(file.getParent());
            Files.copy(source, file, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Path resolve(String path, String owner) {
        if (discarding) {
            throw new UncheckedIOException(new IOException("the build is stopping; " + path + " is not written"));
        }
        return paths.resolve(path, owner);
    }

    /** The folder the site is being written to (what files derived from the whole site read). */
    public Path folder() {
        return staging;
    }

    @Override
    public int fileCount() {
        return paths.count();
    }

    /**
     * Replaces the output folder with the staged site. If the staged site cannot be moved in, the
     * previous one is moved back. Once the new site is in place, the previous one is deleted; if it
     * cannot be (a file in use), it is left for the next build to delete, and the build succeeds.
     */
    @Override
    public synchronized void commit() throws IOException {
        Path old = null;
        if (Files.exists(output)) {
            old = output.resolveSibling("." + output.getFileName() + ".old-" + System.nanoTime());
            move(output, old);
        }
        try {
            move(staging, output);
        } catch (IOException e) {
            if (old != null) {
                move(old, output);
            }
            throw e;
        }
        committed = true;
        if (old != null) {
            try {
                deleteTree(old);
            } catch (IOException e) {
                // the new site is in place; begin() deletes this one next time
            }
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to);
        }
    }

    /** Discards the staged files unless committed. */
    @Override
    public void close() throws IOException {
        try {
            Runtime.getRuntime().removeShutdownHook(onExit);
        } catch (IllegalStateException e) {
            return; // the JVM is stopping: the hook discards the folder
        }
        if (!committed && Files.exists(staging)) {
            deleteTree(staging);
        }
    }

    /**
     * From the shutdown hook: the build's threads go on until the JVM halts, so their writes are
     * refused first, then the folder is deleted, again while a write already under way adds to it.
     */
    private synchronized void discardQuietly() { // after a commit under way, which it then leaves alone
        discarding = true;
        for (int attempt = 0; attempt < 40 && !committed && Files.exists(staging); attempt++) {
            try {
                deleteTree(staging);
            } catch (IOException | UncheckedIOException e) {
                try {
                    Thread.sleep(50);
                } catch (InterruptedException stop) {
                    return;
                }
            }
        }
    }

    static void deleteTree(Path root) throws IOException {
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.delete(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException exc) throws IOException {
                Files.delete(dir);
                return FileVisitResult.CONTINUE;
            }
        });
    }
}
