package org.qunbook.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.qunbook.search.TextAssertions.assertSameText;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The same documents indexed by LunrIndexWriter and by lunr.js 2.3.9 itself must give the same
 * bytes, and qunbook-search.js must answer queries on both identically.
 */
class LunrDifferentialTest {
    private static final List<SearchField> TITLE_BODY = List.of(new SearchField("title", 10), SearchField.of("body"));
    private static final TextAnalyzer ANALYZER = TextAnalyzer.standard();

    @TempDir
    Path dir;

    @BeforeEach
    void nodeAndLunrAreInstalled() {
        NodeRunner.requireNodeAndLunr();
    }

    @Test
    void oneDocument() throws Exception {
        assertSameIndex(LunrIndexSettings.of(TITLE_BODY),
                List.of(page("guide/one/", null, "找准社群定位", "建群之前先找准社群定位：为谁服务、为什么建群。")));
    }

    @Test
    void emptyAndMissingFields() throws Exception {
        List<IndexedDocument> docs = List.of(
                page("a/", null, "", "社群规则"),
                page("b/", null, "群规则", ""),
                new IndexedDocument("c/", null, Map.of("title", ANALYZER.analyze("只有标题"))),
                new IndexedDocument("d/", null, Map.of()));
        assertSameIndex(LunrIndexSettings.of(TITLE_BODY).withPositions(true), docs);
    }

    @Test
    void repeatedTerms() throws Exception {
        List<IndexedDocument> docs = List.of(
                page("x/", null, "群群群", "社群社群社群社群，群主群主。rules rules rules"),
                page("y/", null, "群", "社群"),
                page("z/", null, "rules", "rules 社群"));
        assertSameIndex(LunrIndexSettings.of(TITLE_BODY).withPositions(true), docs);
        assertSameIndex(LunrIndexSettings.of(TITLE_BODY), docs);
    }

    @Test
    void fieldAndDocumentBoosts() throws Exception {
        List<SearchField> fields = List.of(new SearchField("title", 10), new SearchField("summary", 0),
                new SearchField("body", 2.5));
        List<IndexedDocument> docs = new ArrayList<>();
        Double[] boosts = {2.0, 0.5, 0.0, null, 3.7383, -0.5, 1e-4};
        for (int i = 0; i < boosts.length; i++) {
            docs.add(new IndexedDocument("doc/" + i + "/", boosts[i], Map.of(
                    "title", ANALYZER.analyze("社群规则 " + i),
                    "summary", ANALYZER.analyze("规则先行，违规者禁言"),
                    "body", ANALYZER.analyze("VIP专属服务：规则先行，违规者禁言。第" + i + "条"))));
        }
        assertSameIndex(LunrIndexSettings.of(fields), docs);
    }

    @Test
    void latinAndCjk() throws Exception {
        List<IndexedDocument> docs = List.of(
                page("ops/kol/", 1.5, "KOL 合作指南", "与 KOL 合作时，ARPU 和 SOP 都要提前写好。ＶＩＰ１２３，複購率 3–6次，0.1元。"),
                page("ops/arpu/", null, "ARPU（每用户平均收入）", "ARPU = GMV / 用户数；VIP专属服务提升 ARPU。café 𠮷野家 🎉"),
                page("ops/sop/", null, "SOP", "Standard Operating Procedure：标准作业程序，社群運營的基础。"));
        assertSameIndex(LunrIndexSettings.of(TITLE_BODY).withPositions(true), docs);
    }

    @Test
    void keysJavaScriptTreatsSpecially() throws Exception {
        Map<String, List<Token>> tokens = Map.of("title", List.of(
                new Token("constructor", 0, 1), new Token("__proto__", 1, 1), new Token("toString", 2, 1),
                new Token("tab\tq\"uo\\te\u001f/é\u2028\u007f", 3, 1), new Token("𠮷", 4, 2), new Token("ｆ", 6, 1),
                new Token("10", 7, 1), new Token("007", 8, 1)));
        List<IndexedDocument> docs = new ArrayList<>();
        for (String ref : List.of("b", "10", "a", "2", "__proto__", "constructor", "01", "4294967295", "4294967294", "x/y")) {
            docs.add(new IndexedDocument(ref, null, tokens));
        }
        assertSameIndex(LunrIndexSettings.of(List.of(SearchField.of("title"), SearchField.of("body")))
                .withPositions(true).withSearchPipeline(List.of("stemmer")), docs);
    }

    @Test
    void thousandChineseDocuments() throws Exception {
        List<ChineseCorpus.Page> pages = new ChineseCorpus(20261123L).pages(1000, 1500);
        List<IndexedDocument> docs = new ArrayList<>();
        Set<String> terms = new HashSet<>();
        for (ChineseCorpus.Page p : pages) {
            IndexedDocument doc = page(p.ref(), null, p.title(), p.body());
            terms.addAll(doc.terms());
            docs.add(doc);
        }
        LunrIndexSettings settings = LunrIndexSettings.of(TITLE_BODY).withPositions(true);
        String javaIndex = assertSameIndex(settings, docs);

        // the same queries on both indexes, through qunbook-search.js
        List<String> queries = new ArrayList<>(List.of("複購率", "复购率", "KOL", "arp", "群", "社群定位",
                "VIP专属服务", "3–6次", "0.1元", "不存在的词语组合", ""));
        List<Integer> sampled = List.of(0, 137, 512, 999);
        for (int i : sampled) {
            queries.add(cjkSubstring(pages.get(i).body(), 300, 4));
        }
        Path javaFile = dir.resolve("java-index.json");
        Files.writeString(javaFile, javaIndex, StandardCharsets.UTF_8);
        JsonNode results = runQueries(queries, ScriptFolding.openCc().browserTable(terms),
                List.of(dir.resolve("lunr-index.json"), javaFile));
        JsonNode fromLunr = results.get(0);
        JsonNode fromJava = results.get(1);
        for (int q = 0; q < queries.size(); q++) {
            assertEquals(fromLunr.get(q), fromJava.get(q), "results for '" + queries.get(q) + "'");
        }

        assertEquals(fromJava.get(0), fromJava.get(1), "Traditional and Simplified queries find the same");
        assertFalse(fromJava.get(0).get("results").isEmpty(), "复购率 occurs in the corpus");
        assertTrue(terms(fromJava.get(3)).contains("arpu"), "arp is a prefix of arpu");
        assertTrue(fromJava.get(10).get("results").isEmpty(), "empty query");
        for (int k = 0; k < sampled.size(); k++) {
            JsonNode found = fromJava.get(11 + k);
            String ref = pages.get(sampled.get(k)).ref();
            assertTrue(found.get("matchedAll").asBoolean(), queries.get(11 + k));
            assertTrue(found.get("results").findValuesAsText("ref").contains(ref), queries.get(11 + k) + " finds " + ref);
        }
    }

    /**
     * The bundled handbook's own text (every page of content/: title, tags, body), with the site's
     * field setup, so the comparison covers the vocabulary and lengths the site really indexes.
     */
    @Test
    void theBundledHandbook() throws Exception {
        Path content = Path.of(System.getProperty("qunbook.repo", "../..")).resolve("content");
        List<IndexedDocument> docs = new ArrayList<>();
        try (var walk = Files.walk(content)) {
            for (Path file : walk.filter(f -> f.toString().endsWith(".md")).sorted().toList()) {
                String text = Files.readString(file, StandardCharsets.UTF_8);
                int end = text.indexOf("\n---", 4);
                String frontMatter = text.substring(0, end);
                String title = frontMatter.lines().filter(l -> l.startsWith("title:")).findFirst().orElse("")
                        .substring(Math.min(6, frontMatter.length())).replace("\"", "").strip();
                String tags = frontMatter.lines().filter(l -> l.startsWith("tags:")).findFirst().orElse("");
                Map<String, List<Token>> fields = new LinkedHashMap<>();
                fields.put("title", ANALYZER.analyze(title));
                fields.put("keywords", ANALYZER.analyze(tags));
                fields.put("body", ANALYZER.analyze(text.substring(end + 4)));
                docs.add(new IndexedDocument("/" + content.relativize(file).toString().replace(".md", "/"), null, fields));
            }
        }
        assertTrue(docs.size() >= 80, "the handbook has its pages: " + docs.size());
        assertSameIndex(LunrIndexSettings.of(List.of(new SearchField("title", 10), new SearchField("keywords", 4),
                SearchField.of("body"))), docs);

        // As the generator shapes it (SearchIndexer): scores to one decimal through small boosts, common
        // terms out of the body (forced here: the handbook is below the generator's minimum), frequent
        // terms first, short refs. lunr.js gets the shaped corpus as token streams; the writer the corpus.
        List<IndexedDocument> shortRefs = new ArrayList<>();
        for (int i = 0; i < docs.size(); i++) {
            IndexedDocument d = docs.get(i);
            shortRefs.add(new IndexedDocument(String.valueOf((char) ('a' + i / 26)) + (char) ('a' + i % 26), d.boost(),
                    d.tokensByField()));
        }
        IndexCorpus corpus = IndexCorpus.of(List.of("title", "keywords", "body"), shortRefs, true);
        Set<String> common = IndexShaping.commonCjkTerms(corpus, "body", 0.15, 0);
        assertTrue(common.size() > 100, "common terms: " + common.size());
        IndexCorpus shaped = IndexShaping.frequentTermsFirst(IndexShaping.withoutTerms(corpus, "body", common));
        LunrIndexSettings settings = LunrIndexSettings.of(List.of(new SearchField("title", 0.1),
                new SearchField("keywords", 0.04), new SearchField("body", 0.01)));
        String java = assertSameIndex(settings, CorpusTokens.documents(shaped));
        assertEquals(java, new String(new LunrIndexWriter(settings).toUtf8(shaped), StandardCharsets.UTF_8));
    }

    /** Asserts LunrIndexWriter writes exactly what lunr.js builds; returns the index text. */
    private String assertSameIndex(LunrIndexSettings settings, List<IndexedDocument> docs) throws Exception {
        String lunr = LunrReference.build(settings, docs, dir);
        String java = new LunrIndexWriter(settings).toJson(docs);
        assertSameText(lunr, java, "index JSON");
        return java;
    }

    private static IndexedDocument page(String ref, Double boost, String title, String body) {
        Map<String, List<Token>> fields = new LinkedHashMap<>();
        fields.put("title", ANALYZER.analyze(title));
        fields.put("body", ANALYZER.analyze(body));
        return new IndexedDocument(ref, boost, fields);
    }

    /** {@code length} consecutive CJK characters of {@code text}, searched from {@code from}. */
    private static String cjkSubstring(String text, int from, int length) {
        for (int i = from; i + length <= text.length(); i++) {
            String candidate = text.substring(i, i + length);
            if (candidate.codePoints().allMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN)) {
                return candidate;
            }
        }
        throw new IllegalStateException("no CJK run of " + length + " after " + from);
    }

    private static Set<String> terms(JsonNode found) {
        Set<String> terms = new HashSet<>();
        found.get("results").forEach(r -> r.get("terms").forEach(t -> terms.add(t.asText())));
        return terms;
    }

    private JsonNode runQueries(List<String> queries, String foldTable, List<Path> indexes) throws Exception {
        ObjectMapper json = new ObjectMapper();
        ObjectNode spec = json.createObjectNode();
        spec.put("foldTable", foldTable);
        ArrayNode list = spec.putArray("queries");
        queries.forEach(q -> list.addObject().put("query", q));
        Path specFile = dir.resolve("queries.json");
        Path out = dir.resolve("results.json");
        json.writeValue(specFile.toFile(), spec);
        List<String> args = new ArrayList<>(List.of(specFile.toString(), out.toString()));
        indexes.forEach(p -> args.add(p.toString()));
        NodeRunner.run("run-queries.js", args);
        return json.readTree(out.toFile()).get("results");
    }
}
