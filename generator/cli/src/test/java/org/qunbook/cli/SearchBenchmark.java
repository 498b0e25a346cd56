package org.qunbook.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;
import org.openqa.selenium.By;
import org.qunbook.build.Build;
import org.qunbook.build.BuildOptions;
import org.qunbook.build.BuildResult;
import org.qunbook.search.ChineseCorpus;
import org.qunbook.serve.SiteServer;
import org.qunbook.testing.Browser;
import org.qunbook.testing.TestSite;

/**
 * Search at scale, measured, not asserted (a main class, not a test): builds a site of 1,000
 * generated Chinese pages of about 1,500 characters, prints the size of what a reader downloads for
 * the first results (and of the snippet text loaded after them), then in headless Chromium (served
 * with the theme's CSP) the time from the first keystroke to the first results on screen and the
 * latency of later queries.
 *
 * <p>Run from the repository root: {@code mvn -B -o -q install -DskipTests && mvn -B -o -q test-compile
 * -pl generator/cli && mvn -B -o -q dependency:build-classpath -pl generator/cli -Dmdep.includeScope=test
 * -Dmdep.outputFile=/tmp/cp-search.txt && java -cp
 * generator/cli/target/test-classes:generator/cli/target/classes:$(cat /tmp/cp-search.txt)
 * org.qunbook.cli.SearchBenchmark [pages]}
 */
public final class SearchBenchmark {

    private static final int QUERIES = 50;
    private static final long SEED = 20261123L;

    private SearchBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int pageCount = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
        Path root = Files.createTempDirectory("qunbook-search-benchmark-");
        ChineseCorpus corpus = new ChineseCorpus(SEED);
        TestSite site = TestSite.write(root, siteText(corpus.pages(pageCount, 1500)));
        long buildStart = System.nanoTime();
        BuildResult result = site.build();
        System.out.printf(Locale.ROOT, "Built %d pages in %.1f s%n", pageCount, (System.nanoTime() - buildStart) / 1e9);
        if (!result.written()) {
            throw new IllegalStateException("build failed:\n" + TestSite.format(result.problems()));
        }
        printSizes(site.output());
        try (SiteServer server = SiteServer.start(site.output(), "127.0.0.1", 0); Browser browser = Browser.start()) {
            measureInBrowser(browser, server.url(), corpus.queries(QUERIES));
        }
    }

    private static void printSizes(Path out) throws IOException {
        byte[] index = Files.readAllBytes(out.resolve("search/index.json"));
        byte[] docs = Files.readAllBytes(out.resolve("search/docs.json"));
        byte[] texts = Files.readAllBytes(out.resolve("search/texts.json"));
        byte[] both = new byte[index.length + docs.length];
        System.arraycopy(index, 0, both, 0, index.length);
        System.arraycopy(docs, 0, both, index.length, docs.length);
        System.out.printf(Locale.ROOT, "index.json %s raw, %s gzip -9%n", mb(index.length), mb(gzip(index)));
        System.out.printf(Locale.ROOT, "docs.json  %s raw, %s gzip -9%n", mb(docs.length), mb(gzip(docs)));
        System.out.printf(Locale.ROOT, "both       %s raw, %s gzip -9 (what the first results need; target ≤ 4 MB "
                + "gzipped)%n", mb(both.length), mb(gzip(both)));
        System.out.printf(Locale.ROOT, "texts.json %s raw, %s gzip -9 (snippet text, loaded after the first results)%n",
                mb(texts.length), mb(gzip(texts)));
    }

    private static void measureInBrowser(Browser browser, String url, List<String> queries) {
        browser.driver().get(url);
        browser.driver().findElement(By.id("site-search-input"));
        // First keystroke: focus and type one query; the index is not loaded before this.
        Object first = browser.driver().executeAsyncScript(RUN_QUERY, queries.get(0), true);
        Map<?, ?> firstTimes = (Map<?, ?>) first;
        // The load starts on focus and keeps the page busy while it parses, which delays the debounce timer.
        System.out.printf(Locale.ROOT, "first keystroke → first results: %.0f ms (the debounced search ran after %.0f "
                        + "ms, the load having begun on focus; from there to the results %.0f ms), %s results%n",
                number(firstTimes.get("total")),
                number(firstTimes.get("total")) - number(firstTimes.get("ui")), number(firstTimes.get("ui")),
                firstTimes.get("count"));
        Map<?, ?> load = (Map<?, ?>) browser.driver().executeAsyncScript(LOAD_RAW);
        System.out.printf(Locale.ROOT, "  of the load (measured again, warm cache): fetch + JSON.parse %.0f ms, "
                + "lunr.Index.load %.0f ms%n", number(load.get("fetchAndParse")), number(load.get("indexLoad")));
        List<Double> ui = new ArrayList<>();
        List<Double> raw = new ArrayList<>();
        for (String query : queries.subList(1, queries.size())) {
            Map<?, ?> times = (Map<?, ?>) browser.driver().executeAsyncScript(RUN_QUERY, query, false);
            ui.add(number(times.get("ui")));
            raw.add(number(browser.script(RAW_QUERY, query)));
        }
        System.out.printf(Locale.ROOT, "later queries (%d), search + render in the dropdown: p50 %.1f ms, p95 %.1f ms "
                + "(target p95 ≤ 30 ms)%n", ui.size(), percentile(ui, 50), percentile(ui, 95));
        System.out.printf(Locale.ROOT, "later queries, qunbookSearch.search alone: p50 %.1f ms, p95 %.1f ms%n",
                percentile(raw, 50), percentile(raw, 95));
        List<String> errors = browser.consoleErrors();
        if (!errors.isEmpty()) {
            System.out.println("console errors: " + errors);
        }
    }

    /** Types query into the header box; calls back with {total, ui, count} once results are shown. */
    private static final String RUN_QUERY = """
            const [query, first, done] = arguments;
            const mount = document.getElementById('site-search');
            const input = document.getElementById('site-search-input');
            const t0 = performance.now();
            mount.addEventListener('qunbook:search-results', function on(e) {
              if (e.detail.query !== query) return;
              mount.removeEventListener('qunbook:search-results', on);
              done({ total: performance.now() - t0, ui: e.detail.ms,
                     count: document.querySelectorAll('#site-search-listbox [role=option]').length });
            });
            if (first) input.focus();
            input.value = query;
            input.dispatchEvent(new Event('input', { bubbles: true }));
            """;

    /** Loads the index a second time, outside the UI, for RAW_QUERY. */
    private static final String LOAD_RAW = """
            const done = arguments[0];
            const t0 = performance.now();
            Promise.all([fetch('search/index.json').then(r => r.json()), fetch('search/docs.json').then(r => r.json())])
              .then(([index, docs]) => {
                const t1 = performance.now();
                window.benchmarkIndex = lunr.Index.load(index);
                window.benchmarkFold = qunbookSearch.compileFoldTable(docs.fold);
                window.benchmarkCommon = new Set(docs.common);
                done({ fetchAndParse: t1 - t0, indexLoad: performance.now() - t1 });
              });
            """;

    /** Times qunbookSearch.search alone on the same index. */
    private static final String RAW_QUERY = """
            const query = arguments[0];
            const t0 = performance.now();
            qunbookSearch.search(window.benchmarkIndex, lunr, query, window.benchmarkFold,
                { common: window.benchmarkCommon });
            return performance.now() - t0;
            """;

    private static double number(Object value) {
        return value == null ? Double.NaN : ((Number) value).doubleValue();
    }

    private static double percentile(List<Double> values, int p) {
        List<Double> sorted = values.stream().sorted().toList();
        int at = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, at)));
    }

    private static String mb(long bytes) {
        return String.format(Locale.ROOT, "%.2f MB", bytes / 1_000_000.0);
    }

    private static long gzip(byte[] bytes) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(out) {
            {
                def.setLevel(Deflater.BEST_COMPRESSION);
            }
        }) {
            gzip.write(bytes);
        }
        return out.size();
    }

    /** The site as TestSite text: config, home page and the corpus's pages in one section. */
    private static String siteText(List<ChineseCorpus.Page> pages) {
        StringBuilder files = new StringBuilder("-- content/qunbook.yml --\ntitle: 基准站点\n"
                + "search: { enabled: true, budget_kb: 100000 }\n"
                + "-- content/_index.md --\n---\ntitle: 首页\n---\n基准测试站点。\n");
        for (int i = 0; i < pages.size(); i++) {
            ChineseCorpus.Page page = pages.get(i);
            files.append(String.format(Locale.ROOT, "-- content/handbook/p%04d.md --\n---\ntitle: \"%s\"\n---\n",
                    i, page.title())).append(page.body().replace("\n", "\n\n")).append('\n');
        }
        return files.toString();
    }
}
