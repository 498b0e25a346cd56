package org.qunbook.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The sharded index gives what the whole index gives, score for score: 1,000 generated Chinese pages (800
 * characters each, to keep the test under a few minutes on a busy machine)
 * with the generator's fields and boosts, written whole ({@link LunrIndexWriter}) and as shards
 * ({@link LunrShardWriter}, small shards so that leading characters are split too, and the terms in
 * most pages by document range), then every
 * query of the handbook's relevance suite and 1,050 random queries of one to four terms (CJK words,
 * Traditional spellings, single characters as prefixes, Latin words and prefixes) run in node through
 * qunbook-search.js's site client (its own scoring over the shards, and its best k) and through stock
 * lunr's query over the whole index: the same refs, order and scores, to the last bit.
 */
class ShardedIndexDifferentialTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TextAnalyzer ANALYZER = TextAnalyzer.standard();
    private static final String REF_DIGITS = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";
    // as SearchIndexer writes a site's index: whole thousandths
    private static final LunrIndexSettings SETTINGS = LunrIndexSettings.of(List.of(new SearchField("title", 0.1),
            new SearchField("keywords", 0.04), new SearchField("body", 0.01))).withWholeThousandths(true);

    @TempDir
    Path dir;

    @BeforeAll
    static void nodeAndLunr() {
        NodeRunner.requireNodeAndLunr();
    }

    @Test
    void sameResultsAsTheWholeIndex() throws Exception {
        List<ChineseCorpus.Page> pages = new ChineseCorpus(20261202L).pages(1000, 800);
        IndexCorpus.Builder builder = IndexCorpus.builder(List.of("title", "keywords", "body"), false);
        for (int i = 0; i < pages.size(); i++) {
            ChineseCorpus.Page p = pages.get(i);
            String keywords = p.body().substring(0, 40);
            builder.add(ref(i), i % 50 == 0 ? 2.0 : null, List.of(TermCounts.of(ANALYZER, p.title()),
                    TermCounts.of(ANALYZER, keywords), TermCounts.of(ANALYZER, p.body())));
        }
        IndexCorpus corpus = IndexShaping.frequentTermsFirst(builder.build());
        Files.write(dir.resolve("index.json"), new LunrIndexWriter(SETTINGS).toUtf8(corpus));
        List<LunrShardWriter.Shard> shards = new LunrShardWriter(SETTINGS, 16 * 1024, 6 * 1024).write(corpus);
        Path search = dir.resolve("search");
        Files.createDirectories(search.resolve("shards"));
        for (int s = 0; s < shards.size(); s++) {
            write(search, "shards/" + s, shards.get(s).json());
        }
        Map<String, Object> meta = new LinkedHashMap<>();
        meta.put("fields", List.of("title", "keywords", "body"));
        meta.put("fold", ANALYZER.folding().browserTable(corpus.allTerms()));
        meta.put("shards", shards.stream().map(LunrShardWriter.Shard::key).toList());
        meta.put("refDigits", REF_DIGITS);
        meta.put("docChunk", 16);
        meta.put("documents", pages.size());
        // how the site reads queries (SearchIndexer's meta.query): every other query runs with these
        // stop words, synonyms and coordination, the others as plain lunr queries (compare-sharded.js)
        meta.put("query", Map.of(
                "stopWords", List.of("怎么办", "怎么", "如何", "什么", "有人", "群里", "吗", "呢", "的", "在"),
                "synonyms", Map.of("社群", List.of("群聊", "复购率"), "定位", List.of("用户画像"),
                        "冷清", List.of("沉默", "活跃")),
                "exact", exact(pages)));
        write(search, "meta", JSON.writeValueAsBytes(meta));

        List<String> queries = new ArrayList<>(relevanceQueries());
        // the same queries as questions: stop words around them, synonyms in some
        relevanceQueries().forEach(q -> queries.add("群里有人问" + q + "怎么办"));
        queries.add("社群定位");
        for (int i = 0; i < 200; i += 20) {
            queries.add(pages.get(i).title()); // exact names: that page first
        }
        queries.add("群越来越冷清怎么办");
        int suite = queries.size();
        queries.addAll(randomQueries(pages, 1050));
        Path queriesFile = dir.resolve("queries.json");
        JSON.writeValue(queriesFile.toFile(), Map.of("queries", queries));
        Path out = dir.resolve("out.json");
        NodeRunner.run("compare-sharded.js", List.of(search.toString(), dir.resolve("index.json").toString(),
                queriesFile.toString(), out.toString()), 15); // about 3 minutes of node on 2 busy cores
        JsonNode report = JSON.readTree(out.toFile());
        System.out.println("sharded differential: " + queries.size() + " queries, " + shards.size() + " shards, ms "
                + report.get("ms"));

        assertEquals("[]", report.get("structure").toString(), "the shards partition the whole index");
        assertEquals("[]", report.get("mismatches").toString(), "queries whose sharded results differ");
        assertEquals(queries.size(), report.get("compared").asInt());
        assertTrue(suite >= 40, "the relevance suite's queries: " + suite);
        assertTrue(shards.size() > 100, "small shards: " + shards.size());
        long parts = shards.stream().map(LunrShardWriter.Shard::key).distinct().count();
        assertTrue(shards.size() - parts >= 10, "terms split by document range: " + (shards.size() - parts) + " parts");
        int multi = 0;
        for (JsonNode n : report.get("shardsPerQuery")) {
            multi += n.asInt() > 1 ? 1 : 0;
        }
        assertTrue(multi > 300, "queries that merge several shards: " + multi);
        assertTrue(report.get("nonEmpty").asInt() > queries.size() / 2, "queries that find something: "
                + report.get("nonEmpty"));
    }

    @Test
    void shardKeysAreTheShortestPrefixesAfterThePreviousShard() {
        assertEquals("群", LunrShardWriter.key("社群", "群定"));
        assertEquals("群定", LunrShardWriter.key("群体", "群定位"));
        assertEquals("arpu", LunrShardWriter.key("arp", "arpu"));
        assertEquals("b", LunrShardWriter.key("az", "ba"));
        assertEquals("𠮷", LunrShardWriter.key("吉", "𠮷野")); // never half a surrogate pair
    }

    /** Exact names: 社群定位 for the fourth page, and the first 200 pages' titles (some queries are titles). */
    private static Map<String, String> exact(List<ChineseCorpus.Page> pages) {
        Map<String, String> exact = new LinkedHashMap<>();
        exact.put("社群定位", REF_DIGITS.substring(3, 4));
        for (int i = 0; i < 200; i++) {
            exact.putIfAbsent(pages.get(i).title(), ref(i));
        }
        return exact;
    }

    private static void write(Path search, String name, byte[] json) throws Exception {
        Path file = search.resolve(SearchScript.path(name));
        try (var out = Files.newOutputStream(file)) {
            for (byte[] part : SearchScript.wrap(name, List.of(json))) {
                out.write(part);
            }
        }
    }

    private static String ref(int i) {
        StringBuilder ref = new StringBuilder();
        int rest = i;
        do {
            ref.append(REF_DIGITS.charAt(rest % REF_DIGITS.length()));
            rest /= REF_DIGITS.length();
        } while (rest > 0);
        return ref.reverse().toString();
    }

    private static List<String> relevanceQueries() throws Exception {
        Path suite = Path.of(System.getProperty("qunbook.repo", "../.."))
                .resolve("generator/cli/src/test/resources/search/relevance.json");
        List<String> queries = new ArrayList<>();
        for (JsonNode q : JSON.readTree(Files.readString(suite, StandardCharsets.UTF_8)).get("queries")) {
            queries.add(q.get("query").asText());
        }
        return queries;
    }

    /**
     * One to four terms each: a CJK word of two to four characters from a page (as it is, so some are
     * Traditional), a single CJK character (a prefix query), a Latin word or its first letters (the
     * last word is a prefix while typing).
     */
    private static List<String> randomQueries(List<ChineseCorpus.Page> pages, int count) {
        Random random = new Random(17);
        Set<String> queries = new LinkedHashSet<>();
        while (queries.size() < count) {
            int terms = 1 + random.nextInt(4);
            List<String> parts = new ArrayList<>();
            for (int t = 0; t < terms; t++) {
                String body = pages.get(random.nextInt(pages.size())).body();
                int kind = random.nextInt(10);
                if (kind < 5) {
                    parts.add(cjkRun(body, random, 2 + random.nextInt(3)));
                } else if (kind < 7) {
                    parts.add(cjkRun(body, random, 1));
                } else {
                    String word = latinWord(body, random);
                    parts.add(kind < 9 ? word : word.substring(0, Math.min(word.length(), 1 + random.nextInt(3))));
                }
            }
            queries.add(String.join(" ", parts));
        }
        return List.copyOf(queries);
    }

    private static String cjkRun(String text, Random random, int length) {
        while (true) {
            int at = random.nextInt(text.length() - length);
            String s = text.substring(at, at + length);
            if (s.codePoints().allMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN)) {
                return s;
            }
        }
    }

    private static String latinWord(String text, Random random) {
        List<String> words = new ArrayList<>();
        for (String w : text.split("[^A-Za-z0-9]+")) {
            if (!w.isEmpty()) {
                words.add(w);
            }
        }
        return words.isEmpty() ? "kol" : words.get(random.nextInt(words.size()));
    }
}
