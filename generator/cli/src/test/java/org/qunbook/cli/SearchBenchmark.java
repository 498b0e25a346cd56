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
import java.util.Random;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;
import org.openqa.selenium.By;
import org.qunbook.build.Build;
import org.qunbook.build.BuildOptions;
import org.qunbook.build.BuildResult;
import org.qunbook.serve.SiteServer;
import org.qunbook.testing.Browser;
import org.qunbook.testing.TestSite;

/**
 * Search at scale, measured, not asserted (a main class, not a test): builds a site of 1,000
 * generated Chinese pages of about 1,500 characters, prints the size of what a reader downloads on
 * first search, then in headless Chromium (served with the theme's CSP) the time from the first
 * keystroke to the first results on screen and the latency of later queries.
 *
 * <p>Run: {@code mvn -B -o -q test-compile -pl generator/cli && mvn -B -o -q dependency:build-classpath
 * -pl generator/cli -Dmdep.includeScope=test -Dmdep.outputFile=/tmp/cp.txt && java -cp
 * generator/cli/target/test-classes:generator/cli/target/classes:$(cat /tmp/cp.txt)
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
        Corpus corpus = new Corpus(new Random(SEED));
        TestSite site = TestSite.write(root, corpus.site(pageCount, 1500));
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
        byte[] both = new byte[index.length + docs.length];
        System.arraycopy(index, 0, both, 0, index.length);
        System.arraycopy(docs, 0, both, index.length, docs.length);
        System.out.printf(Locale.ROOT, "index.json %s raw, %s gzip -9%n", mb(index.length), mb(gzip(index)));
        System.out.printf(Locale.ROOT, "docs.json  %s raw, %s gzip -9%n", mb(docs.length), mb(gzip(docs)));
        System.out.printf(Locale.ROOT, "both       %s raw, %s gzip -9 (target ≤ 4 MB gzipped)%n", mb(both.length),
                mb(gzip(both)));
    }

    private static void measureInBrowser(Browser browser, String url, List<String> queries) {
        browser.driver().get(url);
        browser.driver().findElement(By.id("site-search-input"));
        // First keystroke: focus and type one query; the index is not loaded before this.
        Object first = browser.driver().executeAsyncScript(RUN_QUERY, queries.get(0), true);
        Map<?, ?> firstTimes = (Map<?, ?>) first;
        System.out.printf(Locale.ROOT, "first keystroke → first results: %.0f ms (of which %.0f ms debounce; load + "
                        + "parse + query + render %.0f ms), %s results%n", number(firstTimes.get("total")),
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
                done({ fetchAndParse: t1 - t0, indexLoad: performance.now() - t1 });
              });
            """;

    /** Times qunbookSearch.search alone on the same index. */
    private static final String RAW_QUERY = """
            const query = arguments[0];
            const t0 = performance.now();
            qunbookSearch.search(window.benchmarkIndex, lunr, query, window.benchmarkFold);
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

    /**
     * Handbook-like generated Chinese: common characters grouped into a skewed vocabulary (so
     * bigrams repeat as in real text), some domain terms, Traditional spellings and acronyms.
     */
    private static final class Corpus {
        private static final String COMMON = "的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同"
                + "工也能下过子说产种面而方后多定行学法所民得经十三之进着等部度家电力里如水化高自二理起小物现实加量都两体制机"
                + "当使点从业本去把性好应开它合还因由其些然前外天政四日那社义事平形相全表间样与关各重新线内数正心反你明看原又么"
                + "利比或但质气第向道命此变条只没结解问意建月公无系军很情者最立代想已通并提直题党程展五果料象员革位入常文总次品"
                + "式活设及管特件长求老头基资边流路级少图山统接知较将组见计别她手角期根论运农指几九区强放决西被干做必战先回则任"
                + "取据处队南给色光门即保治北造百规热领七海口东导器压志世金增争济阶油思术极交受联什认六共权收证改清己美再采转更"
                + "单风切打白教速花带安场身车例真务具万每目至达走积示议声报斗完类八离华名确才科张信马节话米整空元况今集温传土许"
                + "步群广石记需段研界拉林律叫且究观越织装影算低持音众书布复容儿须际商非验连断深难近矿千周委素技备半办青省列习响";
        private static final String[] DOMAIN = {"社群", "定位", "规则", "复购率", "转化率", "群主", "私域", "裂变",
            "活跃度", "用户画像", "社群运营", "朋友圈", "企业微信", "欢迎语", "群公告", "客单价", "留存"};
        private static final String[] TRADITIONAL = {"複購率", "轉化率", "社群運營", "會員", "訂單", "群規則"};
        private static final String[] LATIN = {"KOL", "ARPU", "SOP", "VIP", "GMV", "ROI"};

        private final Random random;
        private final List<String> vocabulary = new ArrayList<>();

        Corpus(Random random) {
            this.random = random;
            for (int i = 0; i < 3000; i++) {
                int length = 1 + random.nextInt(random.nextInt(4) + 1);
                StringBuilder word = new StringBuilder();
                for (int k = 0; k < length; k++) {
                    word.append(COMMON.charAt(skewed(COMMON.length())));
                }
                vocabulary.add(word.toString());
            }
        }

        /** The site as TestSite text: config, home page and pageCount pages in one section. */
        String site(int pageCount, int bodyChars) {
            StringBuilder files = new StringBuilder("-- content/qunbook.yml --\ntitle: 基准站点\n"
                    + "search: { enabled: true, budget_kb: 100000 }\n"
                    + "-- content/_index.md --\n---\ntitle: 首页\n---\n基准测试站点。\n");
            for (int i = 0; i < pageCount; i++) {
                String title = sentence(2 + random.nextInt(3)).replaceAll("[，。]", "");
                files.append(String.format(Locale.ROOT, "-- content/handbook/p%04d.md --\n---\ntitle: \"%s\"\n---\n",
                        i, title));
                StringBuilder body = new StringBuilder();
                while (body.length() < bodyChars) {
                    body.append(sentence(6 + random.nextInt(14)));
                    if (random.nextInt(8) == 0) {
                        body.append("\n\n");
                    }
                }
                files.append(body).append('\n');
            }
            return files.toString();
        }

        /**
         * Distinct queries a reader might type: a domain term, one or two vocabulary words, a
         * Traditional spelling, an acronym. Distinct, because the box does not search again for the
         * query it already shows.
         */
        List<String> queries(int count) {
            java.util.Set<String> queries = new java.util.LinkedHashSet<>();
            while (queries.size() < count) {
                int kind = random.nextInt(10);
                if (kind < 3) {
                    queries.add(DOMAIN[random.nextInt(DOMAIN.length)]);
                } else if (kind < 8) {
                    queries.add(word(2) + (kind < 5 ? " " + word(2) : ""));
                } else if (kind < 9) {
                    queries.add(TRADITIONAL[random.nextInt(TRADITIONAL.length)]);
                } else {
                    queries.add(LATIN[random.nextInt(LATIN.length)]);
                }
            }
            return List.copyOf(queries);
        }

        private String word(int minLength) {
            String word;
            do {
                word = vocabulary.get(skewed(vocabulary.size()));
            } while (word.length() < minLength);
            return word;
        }

        private String sentence(int words) {
            StringBuilder sentence = new StringBuilder();
            for (int w = 0; w < words; w++) {
                int pick = random.nextInt(100);
                if (pick < 6) {
                    sentence.append(DOMAIN[random.nextInt(DOMAIN.length)]);
                } else if (pick < 8) {
                    sentence.append(TRADITIONAL[random.nextInt(TRADITIONAL.length)]);
                } else if (pick < 10) {
                    sentence.append(' ').append(LATIN[random.nextInt(LATIN.length)]).append(' ');
                } else {
                    sentence.append(vocabulary.get(skewed(vocabulary.size())));
                }
                if (random.nextInt(7) == 0 && w + 1 < words) {
                    sentence.append('，');
                }
            }
            return sentence.append('。').toString();
        }

        private int skewed(int n) {
            double r = random.nextDouble();
            return (int) (n * r * r * r);
        }
    }
}
