package org.qunbook.search;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Index size of the 1,000-page test corpus: the standard analysis (bigrams and each run's last
 * character) or every CJK character as well, with and without positions. A measurement,
 * not a check (half a minute of CPU), so only on request:
 * {@code mvn verify -Dtest=IndexSizeReportTest -Dqunbook.search.sizeReport=true}.
 */
@EnabledIfSystemProperty(named = "qunbook.search.sizeReport", matches = "true")
class IndexSizeReportTest {

    @Test
    void reportSizes() throws IOException {
        List<ChineseCorpus.Page> pages = new ChineseCorpus(20261123L).pages(1000, 1500);
        Map<String, long[]> sizes = new LinkedHashMap<>();
        for (boolean unigrams : new boolean[] {false, true}) {
            TextAnalyzer analyzer = new TextAnalyzer(ScriptFolding.openCc(), unigrams);
            List<IndexedDocument> docs = pages.stream().map(p -> new IndexedDocument(p.ref(), null,
                    Map.of("title", analyzer.analyze(p.title()), "body", analyzer.analyze(p.body())))).toList();
            for (boolean positions : new boolean[] {false, true}) {
                LunrIndexSettings settings = LunrIndexSettings.of(List.of(new SearchField("title", 10),
                        SearchField.of("body"))).withPositions(positions);
                byte[] raw = new LunrIndexWriter(settings).toJson(docs).getBytes(StandardCharsets.UTF_8);
                sizes.put((unigrams ? "all unigrams" : "standard") + (positions ? ", positions" : ""),
                        new long[] {raw.length, gzip(raw)});
            }
        }
        System.out.println("index size, 1,000 pages x ~1,500 chars (title boost 10, body):");
        sizes.forEach((name, s) -> System.out.printf("  %-30s raw %,12d B   gzip -9 %,11d B%n", name, s[0], s[1]));
        assertTrue(sizes.get("standard")[0] < sizes.get("all unigrams")[0]);
    }

    /**
     * What each of the generator's size measures (SearchIndexer) takes off the same corpus, one after
     * the other, with the generator's fields (title, keywords, body).
     */
    @Test
    void reportShaping() throws IOException {
        List<ChineseCorpus.Page> pages = new ChineseCorpus(20261123L).pages(1000, 1500);
        TextAnalyzer analyzer = TextAnalyzer.standard();
        List<IndexedDocument> docs = new ArrayList<>();
        for (ChineseCorpus.Page p : pages) {
            Map<String, List<Token>> fields = new LinkedHashMap<>();
            fields.put("title", analyzer.analyze(p.title()));
            fields.put("keywords", List.of());
            fields.put("body", analyzer.analyze(p.body()));
            docs.add(new IndexedDocument("/" + p.ref(), null, fields));
        }
        List<SearchField> fields = List.of(new SearchField("title", 10), new SearchField("keywords", 4),
                SearchField.of("body"));
        List<SearchField> oneDecimal = List.of(new SearchField("title", 0.1), new SearchField("keywords", 0.04),
                new SearchField("body", 0.01));
        List<IndexedDocument> shortRefs = new ArrayList<>();
        for (int i = 0; i < docs.size(); i++) {
            // letters in base 52, like the generator's refs: a … Z, ba …
            String letters = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";
            String ref = (i >= 52 ? String.valueOf(letters.charAt(i / 52)) : "") + letters.charAt(i % 52);
            shortRefs.add(new IndexedDocument(ref, null, docs.get(i).tokensByField()));
        }
        IndexCorpus corpus = IndexCorpus.of(List.of("title", "keywords", "body"), shortRefs, false);
        IndexCorpus frequentFirst = IndexShaping.frequentTermsFirst(corpus);
        Set<String> common = IndexShaping.commonCjkTerms(corpus, "body", 0.15, 100);
        Map<String, long[]> sizes = new LinkedHashMap<>();
        sizes.put("bigrams only (the old analysis)", size(fields, withoutLastCharacters(docs)));
        sizes.put("+ each run's last character", size(fields, docs));
        sizes.put("+ short refs", size(fields, shortRefs));
        sizes.put("+ scores to one decimal", size(oneDecimal, shortRefs));
        sizes.put("+ frequent terms first", size(oneDecimal, frequentFirst));
        sizes.put("+ " + common.size() + " common terms out of the body",
                size(oneDecimal, IndexShaping.frequentTermsFirst(IndexShaping.withoutTerms(corpus, "body", common))));
        System.out.println("index size as the generator shapes it, 1,000 pages x ~1,500 chars:");
        sizes.forEach((name, s) -> System.out.printf("  %-40s raw %,12d B   gzip -9 %,11d B%n", name, s[0], s[1]));
    }

    private static long[] size(List<SearchField> fields, List<IndexedDocument> docs) throws IOException {
        byte[] raw = new LunrIndexWriter(LunrIndexSettings.of(fields)).toJson(docs).getBytes(StandardCharsets.UTF_8);
        return new long[] {raw.length, gzip(raw)};
    }

    private static long[] size(List<SearchField> fields, IndexCorpus corpus) throws IOException {
        byte[] raw = new LunrIndexWriter(LunrIndexSettings.of(fields)).toUtf8(corpus);
        return new long[] {raw.length, gzip(raw)};
    }

    /** The documents without the single CJK character that ends each run of two or more. */
    private static List<IndexedDocument> withoutLastCharacters(List<IndexedDocument> docs) {
        List<IndexedDocument> out = new ArrayList<>();
        for (IndexedDocument doc : docs) {
            Map<String, List<Token>> fields = new LinkedHashMap<>();
            doc.tokensByField().forEach((name, tokens) -> {
                List<Token> kept = new ArrayList<>();
                for (Token t : tokens) {
                    Token before = kept.isEmpty() ? null : kept.get(kept.size() - 1);
                    boolean lastOfRun = before != null && IndexShaping.isCjkBigram(before.term())
                            && IndexShaping.isCjkTerm(t.term()) && !IndexShaping.isCjkBigram(t.term())
                            && before.end() == t.end();
                    if (!lastOfRun) {
                        kept.add(t);
                    }
                }
                fields.put(name, kept);
            });
            out.add(new IndexedDocument(doc.ref(), doc.boost(), fields));
        }
        return out;
    }

    private static long gzip(byte[] data) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out) {
            {
                def.setLevel(Deflater.BEST_COMPRESSION);
            }
        }) {
            gz.write(data);
        }
        return out.size();
    }
}
