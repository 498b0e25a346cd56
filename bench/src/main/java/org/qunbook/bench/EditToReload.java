package org.qunbook.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import org.qunbook.build.BuildOptions;
import org.qunbook.build.BuildResult;
import org.qunbook.serve.LivePreview;
import org.qunbook.serve.LiveReload;

/**
 * {@code qunbook serve}'s edit-to-reload latency: a page's Markdown saved → the reload event sent
 * to open pages, for one playbook of a {@link SyntheticSite} (glossary, checklists and search on),
 * as {@code bench/run --edits} runs it. Each edit changes the page's text (and with it the glossary
 * terms it uses); the rebuild after each reload is waited for, so edits never overlap.
 *
 * <pre>java -cp bench/target/benchmarks.jar org.qunbook.bench.EditToReload --pages 1000 --edits 20 [--work DIR]</pre>
 */
public final class EditToReload {

    public static void main(String[] args) throws Exception {
        int pages = 1000;
        int edits = 20;
        Path work = Path.of(Files.isWritable(Path.of("/dev/shm")) ? "/dev/shm" : System.getProperty("java.io.tmpdir"));
        for (int i = 0; i + 1 < args.length; i += 2) {
            switch (args[i]) {
                case "--pages" -> pages = Integer.parseInt(args[i + 1]);
                case "--edits" -> edits = Integer.parseInt(args[i + 1]);
                case "--work" -> work = Path.of(args[i + 1]);
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        Path root = Files.createTempDirectory(Files.createDirectories(work), "qunbook-edit-");
        try {
            run(root, pages, edits);
        } finally {
            deleteTree(root);
        }
    }

    private static void run(Path root, int pages, int edits) throws Exception {
        Path content = root.resolve("content");
        SyntheticSite site = SyntheticSite.generate(pages, 1);
        site.writeQunbook(content);
        SyntheticSite.SiteFile edited = site.qunbookFiles().stream()
                .filter(f -> f.path().startsWith("playbooks/") && !f.path().endsWith("_index.md"))
                .findFirst().orElseThrow();
        Path file = content.resolve(edited.path());
        BlockingQueue<BuildResult> rebuilt = new ArrayBlockingQueue<>(4);
        BlockingQueue<Long> reloaded = new ArrayBlockingQueue<>(16);
        LiveReload liveReload = new LiveReload();
        liveReload.whenReloaded(() -> reloaded.add(System.nanoTime()));
        BuildOptions options = BuildOptions.builder(content, root.resolve("site")).serving(true).build();
        try (LivePreview preview = new LivePreview(options, liveReload, rebuilt::add)) {
            long start = System.nanoTime();
            BuildResult first = preview.build();
            System.out.printf(Locale.ROOT, "%d pages (%s): first build %d ms%n", first.pages(), edited.path(),
                    (System.nanoTime() - start) / 1_000_000);
            if (!first.written()) {
                throw new IllegalStateException("the first build failed: " + first.problems());
            }
            preview.watch(List.of(content));
            Thread.sleep(500);
            List<Long> latencies = new ArrayList<>();
            for (int i = 0; i < edits; i++) {
                reloaded.clear();
                String text = edited.text() + "\n新增的一段：第 " + i + " 次编辑，提到私域流量与社群运营。\n";
                long saved = System.nanoTime();
                Files.writeString(file, text, StandardCharsets.UTF_8);
                Long reload = reloaded.poll(5, TimeUnit.MINUTES);
                BuildResult result = rebuilt.poll(5, TimeUnit.MINUTES);
                if (reload == null || result == null || !result.written()) {
                    throw new IllegalStateException("edit " + i + ": " + (result == null ? "no rebuild"
                            : result.written() ? "no reload event" : result.problems()));
                }
                long latency = (reload - saved) / 1_000_000;
                latencies.add(latency);
                System.out.printf(Locale.ROOT, "edit %2d: reload event after %4d ms; the rebuild after it took %5d ms%n",
                        i, latency, result.took().toMillis());
            }
            Collections.sort(latencies);
            System.out.printf(Locale.ROOT, "%d pages: save → reload event median %d ms (min %d, max %d, %d edits)%n",
                    first.pages(), latencies.get(latencies.size() / 2), latencies.get(0),
                    latencies.get(latencies.size() - 1), edits);
        }
    }

    private static void deleteTree(Path root) throws IOException {
        try (var paths = Files.walk(root)) {
            for (Path path : paths.sorted(Collections.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
