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
 * site untouched. Every path is checked to stay inside the folder.
 */
public final class StagedOutput implements SiteOutput {

    private final Path output;
    private final Path staging;
    private final OutputPaths paths;
    private boolean committed;

    private StagedOutput(Path output, Path staging) {
        this.output = output;
        this.staging = staging;
        this.paths = new OutputPaths(staging);
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
        Path staging = Files.createTempDirectory(parent, "." + target.getFileName() + ".building-");
        // Temporary folders are private (rwx------); a published site must be readable by the web server.
        try {
            Files.setPosixFilePermissions(staging, java.nio.file.attribute.PosixFilePermissions.fromString("rwxr-xr-x"));
        } catch (UnsupportedOperationException e) {
            // Not a POSIX file system (Windows): permissions are inherited there.
        }
        return new StagedOutput(target, staging);
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

    /** Replaces the output folder with the staged site. */
    @Override
    public void commit() throws IOException {
        Path old = null;
        if (Files.exists(output)) {
            old = output.resolveSibling("." + output.getFileName() + ".old-" + System.nanoTime());
            move(output, old);
        }
        move(staging, output);
        committed = true;
        if (old != null) {
            deleteTree(old);
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
        if (!committed && Files.exists(staging)) {
            deleteTree(staging);
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
