package org.qunbook.files;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * A folder whose files may be read only where their real path stays inside it. Symbolic links
 * that stay inside are followed (files and folders); a link whose target leaves the folder is
 * never read nor descended into, and is reported as an {@link Escape} naming the link and where it
 * points. Links in a loop are reported too.
 */
public final class ConfinedTree {

    /** A link (or a file reached through one) that leaves the folder, or a link loop. */
    public record Escape(Path link, String target, String message) {
    }

    /** What a walk found: the regular files that may be read, by their path inside the folder. */
    public record Walk(List<Path> files, List<Escape> escapes) {
    }

    private final Path root;
    private final Path realRoot;
    private final String name;

    /** @param name the folder as messages call it: {@code the content folder} */
    public ConfinedTree(Path root, String name) {
        this.root = root;
        this.realRoot = realPath(root);
        this.name = name;
    }

    public Path root() {
        return root;
    }

    /**
     * Every regular file under the folder whose real path stays inside it, skipping the subtrees
     * {@code skip} accepts (given the path relative to the folder), sorted.
     */
    public Walk walk(Predicate<Path> skip) {
        List<Path> files = new ArrayList<>();
        List<Escape> escapes = new ArrayList<>();
        if (!Files.isDirectory(root)) {
            return new Walk(List.of(), List.of());
        }
        try {
            Files.walkFileTree(root, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE,
                    new SimpleFileVisitor<>() {
                        @Override
                        public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                            if (!dir.equals(root) && skip.test(root.relativize(dir))) {
                                return FileVisitResult.SKIP_SUBTREE;
                            }
                            Optional<Escape> escape = escape(dir);
                            escape.ifPresent(escapes::add);
                            return escape.isPresent() ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
                        }

                        @Override
                        public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                            if (skip.test(root.relativize(file))) {
                                return FileVisitResult.CONTINUE;
                            }
                            Optional<Escape> escape = escape(file);
                            if (escape.isPresent()) {
                                escapes.add(escape.get());
                            } else if (attrs.isRegularFile()) {
                                files.add(file);
                            }
                            return FileVisitResult.CONTINUE;
                        }

                        @Override
                        public FileVisitResult visitFileFailed(Path file, IOException e) throws IOException {
                            if (e instanceof FileSystemLoopException) {
                                escapes.add(new Escape(file, linkTarget(file), "symbolic link to " + linkTarget(file)
                                        + " loops back to a folder it is in; remove the link"));
                                return FileVisitResult.CONTINUE;
                            }
                            if (Files.isSymbolicLink(file) && !Files.exists(file)) {
                                // a dangling link: nothing to read or copy, as if absent
                                return FileVisitResult.CONTINUE;
                            }
                            throw e;
                        }
                    });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        files.sort(null);
        escapes.sort(java.util.Comparator.comparing(Escape::link));
        return new Walk(List.copyOf(files), List.copyOf(escapes));
    }

    /** Empty if {@code path} (which may not exist yet) stays inside the folder once its links are resolved. */
    public Optional<Escape> escape(Path path) {
        Path real;
        try {
            real = existingPrefixReal(path.toAbsolutePath().normalize());
        } catch (IOException e) {
            return Optional.empty();
        }
        if (real.startsWith(realRoot)) {
            return Optional.empty();
        }
        Path link = outermostLink(path);
        String target = linkTarget(link);
        String resolved = real.toString().equals(target) ? "" : " (" + real + ")";
        return Optional.of(new Escape(link, target, "symbolic link to " + target + resolved + " leaves " + name
                + ": nothing outside it is read or copied; copy the file in instead, or remove the link"));
    }

    /** {@code path}'s real path, resolving the longest prefix that exists (a file about to be created). */
    private static Path existingPrefixReal(Path path) throws IOException {
        Path existing = path;
        Path rest = existing.getFileSystem().getPath("");
        while (existing != null && !Files.exists(existing)) {
            rest = existing.getFileName().resolve(rest);
            existing = existing.getParent();
        }
        if (existing == null) {
            return path;
        }
        return existing.toRealPath().resolve(rest).normalize();
    }

    /** The first link on the way from the folder to {@code path}: the one a writer has to fix. */
    private Path outermostLink(Path path) {
        Path absolute = path.toAbsolutePath().normalize();
        Path base = root.toAbsolutePath().normalize();
        if (absolute.startsWith(base)) {
            Path walked = base;
            for (Path part : base.relativize(absolute)) {
                walked = walked.resolve(part);
                if (Files.isSymbolicLink(walked)) {
                    return root.resolve(base.relativize(walked));
                }
            }
        }
        return path;
    }

    private static String linkTarget(Path link) {
        try {
            return Files.isSymbolicLink(link) ? Files.readSymbolicLink(link).toString() : link.toString();
        } catch (IOException e) {
            return "?";
        }
    }

    private static Path realPath(Path folder) {
        try {
            return existingPrefixReal(folder.toAbsolutePath().normalize());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
