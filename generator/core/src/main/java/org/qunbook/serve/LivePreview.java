package org.qunbook.serve;

import io.methvin.watcher.DirectoryWatcher;
import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.qunbook.build.Build;
import org.qunbook.build.BuildCache;
import org.qunbook.build.BuildOptions;
import org.qunbook.build.BuildResult;

/**
 * {@code qunbook serve}'s loop: watch the sources, rebuild when they change, and tell open pages
 * through {@link LiveReload}. A failed rebuild leaves the last good site in place (the build's
 * output is atomic) and shows its problems in the pages instead.
 *
 * <p>Rebuilds are incremental ({@link BuildCache}): unchanged pages are neither converted from
 * Markdown nor rendered again, and only changed files are written. An edit to page bodies is
 * first shown by re-making just those pages ({@link org.qunbook.build.QuickRender}), then the
 * rebuild writes whatever else changed; each open page reloads only when its own file changed.
 *
 * <p>Saves arrive as bursts of file events (editors write temp files, then rename); rebuilds are
 * debounced and never run concurrently.
 */
public final class LivePreview implements AutoCloseable {

    private static final long DEBOUNCE_MILLIS = 40;

    private final BuildOptions options;
    private final LiveReload liveReload;
    private final Consumer<BuildResult> onRebuild;
    private final ScheduledExecutorService builder = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "qunbook-rebuild");
        t.setDaemon(true);
        return t;
    });
    private final BuildCache cache = new BuildCache();
    private DirectoryWatcher watcher;
    private ScheduledFuture<?> pending;
    /** Set when a file other than a page's Markdown changed since the last build. */
    private boolean structureChanged;
    /** Page Markdown files changed since the last build. */
    private final Set<Path> editedPages = new LinkedHashSet<>();

    /** @param onRebuild told about every rebuild after the first (for the console) */
    public LivePreview(BuildOptions options, LiveReload liveReload, Consumer<BuildResult> onRebuild) {
        this.options = options;
        this.liveReload = liveReload;
        this.onRebuild = onRebuild;
        cache.onPagesWritten(changed -> {
            reloadSent = true;
            liveReload.reload(changed);
        });
    }

    /** Whether the running rebuild already reloaded the pages (before writing its search index). */
    private volatile boolean reloadSent;

    /** The first build, before serving. */
    public BuildResult build() {
        return new Build(options, cache).run();
    }

    /** Starts watching {@code folders} (missing ones are skipped). */
    public void watch(List<Path> folders) throws IOException {
        List<Path> existing = folders.stream().filter(p -> p.toFile().isDirectory()).toList();
        watcher = DirectoryWatcher.builder().paths(existing).fileHashing(false)
                .listener(event -> scheduleRebuild(event.path())).build();
        watcher.watchAsync();
    }

    private synchronized void scheduleRebuild(Path changed) {
        // A page's own Markdown only changes that page's results; anything else (qunbook.yml, the
        // theme, content/_theme/, a data file) can change how every page is made.
        Path source = options.folders().source().toAbsolutePath().normalize();
        Path file = changed == null ? null : changed.toAbsolutePath().normalize();
        if (file == null || !file.toString().endsWith(".md") || !file.startsWith(source)
                || file.startsWith(source.resolve("_theme"))) {
            structureChanged = true;
        } else {
            editedPages.add(file);
        }
        if (pending != null) {
            pending.cancel(false);
        }
        pending = builder.schedule(this::rebuild, DEBOUNCE_MILLIS, TimeUnit.MILLISECONDS);
    }

    private void rebuild() {
        Set<Path> edited;
        synchronized (this) {
            if (structureChanged) {
                cache.invalidate();
                structureChanged = false;
            }
            edited = Set.copyOf(editedPages);
            editedPages.clear();
        }
        // The edited pages first, at once; the rebuild then brings the rest of the site up to date.
        if (!edited.isEmpty()) {
            cache.quickRender().flatMap(quick -> quick.render(edited)).ifPresent(liveReload::reload);
        }
        reloadSent = false;
        BuildResult result = new Build(options, cache).run();
        if (result.written()) {
            if (!reloadSent) {
                liveReload.reload();
            }
        } else {
            liveReload.problems(result.problems());
        }
        onRebuild.accept(result);
    }

    @Override
    public void close() throws IOException {
        if (watcher != null) {
            watcher.close();
        }
        builder.shutdownNow();
        cache.close();
    }
}
