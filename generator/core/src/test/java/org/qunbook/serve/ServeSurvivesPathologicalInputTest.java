package org.qunbook.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.qunbook.api.Problem;
import org.qunbook.build.BuildOptions;
import org.qunbook.build.BuildResult;
import org.qunbook.testing.TestSite;

/**
 * A writer saves a page that would hang or crash the converter: {@code serve} reports it (naming the
 * page) and keeps serving the last good site, then picks up the fix. The waits are generous bounds,
 * not timings.
 */
class ServeSurvivesPathologicalInputTest {

    @TempDir
    Path dir;

    @Test
    void aRunawayPageIsReportedAndTheLastGoodSiteStaysServed() throws Exception {
        TestSite.write(dir, TestSite.MINIMAL_CONFIG + "-- content/a.md --\n---\ntitle: 初稿\n---\n正文。\n");
        Path page = dir.resolve("content/a.md");
        Path site = dir.resolve("site");
        BlockingQueue<BuildResult> rebuilds = new LinkedBlockingQueue<>();
        LiveReload liveReload = new LiveReload();
        BuildOptions options = BuildOptions.builder(dir.resolve("content"), site).serving(true).build();
        HttpClient http = HttpClient.newHttpClient();
        try (LivePreview preview = new LivePreview(options, liveReload, rebuilds::add);
             SiteServer server = SiteServer.start(site, "127.0.0.1", 0, liveReload)) {
            assertThat(preview.build().written()).isTrue();
            preview.watch(List.of(dir.resolve("content")));
            URI pageUrl = URI.create(server.url() + "a/");

            String list = IntStream.range(0, 3000).mapToObj(i -> "  ".repeat(i) + "* a\n").collect(Collectors.joining());
            String backticks = IntStream.rangeClosed(1, 3000).mapToObj(i -> "e" + "`".repeat(i))
                    .collect(Collectors.joining());
            Files.writeString(page, "---\ntitle: 失控\n---\n" + "> ".repeat(5000) + "a\n\n" + list + "\n" + backticks
                    + "\n", StandardCharsets.UTF_8);
            BuildResult broken = nextRebuild(rebuilds, r -> !r.written());
            assertThat(broken.problems()).filteredOn(Problem::isError).isNotEmpty()
                    .allSatisfy(p -> assertThat(p.format()).startsWith("content/a.md:"));
            HttpResponse<String> still = http.send(HttpRequest.newBuilder(pageUrl).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(still.statusCode()).isEqualTo(200);
            assertThat(still.body()).contains("初稿");

            Files.writeString(page, "---\ntitle: 定稿\n---\n修好了。\n", StandardCharsets.UTF_8);
            nextRebuild(rebuilds, BuildResult::written);
            assertThat(http.send(HttpRequest.newBuilder(pageUrl).build(), HttpResponse.BodyHandlers.ofString()).body())
                    .contains("定稿");
        }
    }

    private static BuildResult nextRebuild(BlockingQueue<BuildResult> rebuilds,
                                           java.util.function.Predicate<BuildResult> wanted) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (System.nanoTime() < deadline) {
            BuildResult result = rebuilds.poll(1, TimeUnit.SECONDS);
            if (result != null && wanted.test(result)) {
                return result;
            }
        }
        throw new AssertionError("no such rebuild within 120 s");
    }
}
