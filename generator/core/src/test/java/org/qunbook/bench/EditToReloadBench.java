package org.qunbook.bench;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import org.qunbook.build.BuildOptions;
import org.qunbook.build.BuildResult;
import org.qunbook.serve.LivePreview;
import org.qunbook.serve.LiveReload;

/**
 * Benchmark, not a test: {@code qunbook serve}'s edit-to-reload latency (file saved → reload
 * event sent; the search index is written after it) for one page of a generated N-page site.
 *
 * <pre>
 * mvn -q -o test-compile -pl generator/core
 * mvn -q -o dependency:build-classpath -pl generator/core -Dmdep.includeScope=test -Dmdep.outputFile=/tmp/cp.txt
 * java -cp generator/core/target/test-classes:generator/core/target/classes:$(cat /tmp/cp.txt) \
 *     org.qunbook.bench.EditToReloadBench 1000 10
 * </pre>
 */
public final class EditToReloadBench {

    public static void main(String[] args) throws Exception {
        int pages = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
        int edits = args.length > 1 ? Integer.parseInt(args[1]) : 10;
        Path root = Files.createTempDirectory("qunbook-bench-");
        Path content = root.resolve("content");
        writeSite(content, pages, new Random(20261123L));
        BlockingQueue<BuildResult> rebuilt = new ArrayBlockingQueue<>(4);
        BlockingQueue<Long> reloaded = new ArrayBlockingQueue<>(4);
        BuildOptions options = BuildOptions.of(content, root.resolve("site")).withServing(true);
        LiveReload liveReload = new LiveReload();
        liveReload.whenReloaded(() -> reloaded.add(System.nanoTime()));
        try (LivePreview preview = new LivePreview(options, liveReload, rebuilt::add)) {
            long start = System.nanoTime();
            BuildResult first = preview.build();
            System.out.printf(Locale.ROOT, "%d pages: first build %d ms (%s)%n", first.pages(),
                    (System.nanoTime() - start) / 1_000_000, first.written() ? "ok" : first.problems());
            preview.watch(List.of(content));
            Thread.sleep(500);
            List<Long> latencies = new ArrayList<>();
            for (int i = 0; i < edits; i++) {
                Path page = content.resolve("s0/p0.md");
                long saved = System.nanoTime();
                Files.writeString(page, page(0, "编辑第 " + i + " 次"), StandardCharsets.UTF_8);
                Long reloadSent = reloaded.poll(5, TimeUnit.MINUTES);
                BuildResult result = rebuilt.poll(5, TimeUnit.MINUTES);
                latencies.add(((reloadSent == null ? System.nanoTime() : reloadSent) - saved) / 1_000_000);
                if (result != null) {
                    StringBuilder stages = new StringBuilder();
                    result.stages().forEach((stage, took) -> stages.append(' ').append(stage).append(' ')
                            .append(took.toMillis()));
                    System.out.printf(Locale.ROOT, "edit %d: reload after %d ms, whole rebuild %d ms (%s)%n", i,
                            latencies.get(i), result.took().toMillis(), stages.toString().strip());
                }
                if (result == null || !result.written()) {
                    throw new IllegalStateException("rebuild failed: " + (result == null ? "timeout" : result.problems()));
                }
            }
            if (latencies.isEmpty()) {
                return;
            }
            Collections.sort(latencies);
            System.out.printf(Locale.ROOT, "edit → reload event: median %d ms, min %d ms, max %d ms over %d edits%n",
                    latencies.get(latencies.size() / 2), latencies.get(0), latencies.get(latencies.size() - 1), edits);
        }
    }

    private static void writeSite(Path content, int pages, Random random) throws Exception {
        Files.createDirectories(content);
        Files.writeString(content.resolve("qunbook.yml"), "title: 基准站点\n", StandardCharsets.UTF_8);
        String chars = "社群运营用户分层私域流量复购率转化拉新促活留存裂变种草选品爆款群主巡群公告欢迎语红包秒杀拼团预售";
        for (int i = 0; i < pages; i++) {
            Path dir = content.resolve("s" + (i % 10));
            Files.createDirectories(dir);
            StringBuilder body = new StringBuilder();
            for (int p = 0; p < 6; p++) {
                body.append("## 小节 ").append(p).append("\n\n");
                for (int c = 0; c < 250; c++) {
                    body.append(chars.charAt(random.nextInt(chars.length())));
                }
                body.append("。KOL 与 SOP。\n\n");
            }
            Files.writeString(dir.resolve("p" + (i / 10) + ".md"), page(i, body.toString()), StandardCharsets.UTF_8);
        }
    }

    private static String page(int i, String body) {
        return "---\ntitle: 页面 " + i + "\nsummary: 基准页面\n---\n" + body + "\n";
    }
}
