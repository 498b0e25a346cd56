package org.qunbook.write;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * {@code qunbook serve}'s output after the first build: files are written in place, and only
 * those whose bytes differ from the previous build's, so a one-page edit writes one page (plus
 * the search index) instead of the whole site. Files the build no longer produces are deleted on
 * {@link #commit()}. A build that fails before the write stage leaves the last good site in place.
 * Under {@code serve} the pages are written (and open pages reload) before the search index and the
 * plugins' {@code postBuild} run, so an edit shows sooner: an error in those two (a bad synonyms
 * file, a plugin) is shown in the browser's overlay while the site has the new pages with the
 * previous index. A write that fails halfway makes the next build write everything.
 */
public final class LiveOutput implements SiteOutput {

    /** What the previous build left in the folder, kept between builds. */
    public static final class State {
        private Map<String, List<byte[]>> written = Map.of();
        private Map<String, String> copied = Map.of();
        private boolean valid;

        public synchronized void invalidate() {
            written = Map.of();
            copied = Map.of();
            valid = false;
        }
    }

    private final Path root;
    private final State state;
    private final OutputPaths paths;
    private final Map<String, List<byte[]>> written = new ConcurrentHashMap<>();
    private final Map<String, String> copied = new ConcurrentHashMap<>();
    private final java.util.Set<String> changed = ConcurrentHashMap.newKeySet();
    private boolean committed;

    private LiveOutput(Path root, State state) {
        this.root = root;
        this.state = state;
        this.paths = new OutputPaths(root);
    }

    /** Writes into {@code output} directly when {@code state} knows what is there; empty otherwise. */
    public static java.util.Optional<LiveOutput> resume(Path output, State state) {
        Path root = output.toAbsolutePath().normalize();
        synchronized (state) {
            return state.valid && Files.isDirectory(root) ? java.util.Optional.of(new LiveOutput(root, state))
                    : java.util.Optional.empty();
        }
    }

    /** Records what a full (staged) build wrote, so the next build can write only what changed. */
    public static SiteOutput recording(StagedOutput staged, State state) {
        Map<String, List<byte[]>> written = new ConcurrentHashMap<>();
        Map<String, String> copied = new ConcurrentHashMap<>();
        return new SiteOutput() {
            @Override
            public void write(String path, List<byte[]> parts, String owner) {
                staged.write(path, parts, owner);
                written.put(path, parts);
            }

            @Override
            public void copy(String path, Path source, String owner) {
                staged.copy(path, source, owner);
                copied.put(path, stamp(source));
            }

            @Override
            public int fileCount() {
                return staged.fileCount();
            }

            @Override
            public void commit() throws IOException {
                staged.commit();
                synchronized (state) {
                    state.written = new HashMap<>(written);
                    state.copied = new HashMap<>(copied);
                    state.valid = true;
                }
            }

            @Override
            public void close() throws IOException {
                staged.close();
            }
        };
    }

    @Override
    public void write(String path, List<byte[]> parts, String owner) {
        Path file = paths.resolve(path, owner);
        written.put(path, parts);
        if (FileParts.sameBytes(state.written.get(path), parts)) {
            return;
        }
        try {
            Files.createDirectories(file.getParent());
            FileParts.write(file, parts);
            changed.add(path);
        } catch (IOException e) {
            state.invalidate();
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void copy(String path, Path source, String owner) {
        Path file = paths.resolve(path, owner);
        String stamp = stamp(source);
        copied.put(path, stamp);
        if (stamp.equals(state.copied.get(path)) && Files.exists(file)) {
            return;
        }
        try {
            Files.createDirectories(file.getParent());
            Files.copy(source, file, StandardCopyOption.REPLACE_EXISTING);
            changed.add(path);
        } catch (IOException e) {
            state.invalidate();
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public int fileCount() {
        return paths.count();
    }

    /** How many files this build actually wrote. */
    public int changedCount() {
        return changed.size();
    }

    /** The files this build actually wrote so far (their bytes differed from the previous build's). */
    public java.util.Set<String> changedPaths() {
        return java.util.Set.copyOf(changed);
    }

    /**
     * Replaces one file of the last build's output, outside any build: {@code serve}'s quick render
     * of an edited page. The file counts as the last build's from then on, so the next build
     * rewrites it only if its own result differs.
     *
     * @return whether the file's bytes changed
     */
    public boolean patch(String path, byte[] content) {
        Path file = paths.resolve(path, "quick render");
        synchronized (state) {
            List<byte[]> parts = List.of(content);
            if (FileParts.sameBytes(state.written.get(path), parts)) {
                return false;
            }
            try {
                Files.createDirectories(file.getParent());
                Files.write(file, content);
            } catch (IOException e) {
                state.invalidate();
                throw new UncheckedIOException(e);
            }
            Map<String, List<byte[]>> written = new HashMap<>(state.written);
            written.put(path, parts);
            state.written = written;
            return true;
        }
    }

    @Override
    public void commit() throws IOException {
        synchronized (state) {
            java.util.Set<String> before = new java.util.HashSet<>(state.written.keySet());
            before.addAll(state.copied.keySet());
            for (String gone : before) {
                if (!written.containsKey(gone) && !copied.containsKey(gone)) {
                    Files.deleteIfExists(root.resolve(gone));
                }
            }
            state.written = new HashMap<>(written);
            state.copied = new HashMap<>(copied);
            committed = true;
        }
    }

    @Override
    public void close() {
        if (!committed) {
            state.invalidate();
        }
    }

    private static String stamp(Path source) {
        try {
            return source.toUri() + " " + Files.getLastModifiedTime(source).toMillis() + " " + Files.size(source);
        } catch (IOException | UnsupportedOperationException e) {
            return source.toUri() + " ?";
        }
    }
}
