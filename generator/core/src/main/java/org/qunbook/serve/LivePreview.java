package org.qunbook.serve;

import io.methvin.watcher.DirectoryWatcher;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.qunbook.build.Build;
import org.qunbook.build.BuildOptions;
import org.qunbook.build.BuildResult;

/**
 * {@code qunbook serve}'s loop: watch the sources, rebuild when they change, and tell open pages
 * through {@link LiveReload}. A failed rebuild leaves the last good site in place (the build's
 * output is atomic) and shows its problems in the pages instead.
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
    private DirectoryWatcher watcher;
    private ScheduledFuture<?> pending;

    /** @param onRebuild told about every rebuild after the first (for the console) */
    public LivePreview(BuildOptions options, LiveReload liveReload, Consumer<BuildResult> onRebuild) {
        this.options = options;
        this.liveReload = liveReload;
        this.onRebuild = onRebuild;
    }

    /** The first build, before serving. */
    public BuildResult build() {
        return new Build(options).run();
    }

    /** Starts watching {@code folders} (missing ones are skipped). */
    public void watch(List<Path> folders) throws IOException {
        List<Path> existing = folders.stream().filter(p -> p.toFile().isDirectory()).toList();
        watcher = DirectoryWatcher.builder().paths(existing).fileHashing(false)
                .listener(event -> scheduleRebuild()).build();
        watcher.watchAsync();
    }

    private synchronized void scheduleRebuild() {
        if (pending != null) {
            pending.cancel(false);
        }
        pending = builder.schedule(this::rebuild, DEBOUNCE_MILLIS, TimeUnit.MILLISECONDS);
    }

    private void rebuild() {
        BuildResult result = new Build(options).run();
        if (result.written()) {
            liveReload.reload();
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
    }
}
