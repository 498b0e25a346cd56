package org.qunbook.search;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The compact path (term counts, term ids) against the reference path (token lists). */
class IndexCorpusTest {
    private static final TextAnalyzer ANALYZER = TextAnalyzer.standard();
    private static final LunrIndexSettings SETTINGS = LunrIndexSettings.of(List.of(new SearchField("title", 10),
            SearchField.of("body")));

    @Test
    void theAnalysersTermCountsGiveTheIndexItsTokensGive() {
        List<String[]> pages = new ArrayList<>();
        for (ChineseCorpus.Page page : new ChineseCorpus(5L).pages(60, 800)) {
            pages.add(new String[] {page.ref(), page.title(), page.body()});
        }
        pages.add(new String[] {"x", "𠮷野家 café ＶＩＰ１２３", "社群運營，e\u0301 コーヒー 한국어 0.1元 ab ab 社社社"});
        pages.add(new String[] {"y", "", "群"});
        List<IndexedDocument> documents = new ArrayList<>();
        IndexCorpus.Builder corpus = IndexCorpus.builder(List.of("title", "body"), false);
        for (String[] page : pages) {
            Map<String, List<Token>> fields = new LinkedHashMap<>();
            fields.put("title", ANALYZER.analyze(page[1]));
            fields.put("body", ANALYZER.analyze(page[2]));
            documents.add(new IndexedDocument(page[0], null, fields));
            corpus.add(page[0], null, List.of(TermCounts.of(ANALYZER, page[1]), TermCounts.of(ANALYZER, page[2])));
        }
        LunrIndexWriter writer = new LunrIndexWriter(SETTINGS);
        String expected = writer.toJson(documents);
        assertEquals(expected, new String(writer.toUtf8(corpus.build()), StandardCharsets.UTF_8));

        // analysed in parallel batches (300 pages: two of them), terms looked up while analysing
        List<String[]> many = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            for (String[] page : pages) {
                many.add(new String[] {page[0] + i, page[1], page[2]});
            }
        }
        IndexCorpus parallel = IndexCorpus.builder(List.of("title", "body"), false).addAll(many.size(),
                i -> new IndexCorpus.AnalysedDocument(many.get(i)[0], null,
                        List.of(TermCounts.of(ANALYZER, many.get(i)[1]), TermCounts.of(ANALYZER, many.get(i)[2]))))
                .build();
        List<IndexedDocument> manyDocuments = many.stream().map(page -> new IndexedDocument(page[0], null,
                Map.of("title", ANALYZER.analyze(page[1]), "body", ANALYZER.analyze(page[2])))).toList();
        assertEquals(writer.toJson(manyDocuments), new String(writer.toUtf8(parallel), StandardCharsets.UTF_8));
    }

    @Test
    void aBuiltCorpusTakesNoMoreDocuments() {
        IndexCorpus.Builder corpus = IndexCorpus.builder(List.of("title"), false);
        corpus.add("a", null, List.of(TermCounts.of(ANALYZER, "社群")));
        corpus.build();
        assertThrows(IllegalStateException.class, () -> corpus.add("b", null, List.of(TermCounts.of(ANALYZER, "群"))));
        assertThrows(IllegalArgumentException.class, () -> IndexCorpus.builder(List.of("title"), false)
                .add("a", null, List.of()));
    }

    @Test
    void theDictionaryOrdersTermsByUtf16CodeUnitsLikeJavaScript() {
        List<String> terms = new ArrayList<>(List.of("a", "ab", "abcd", "abcde", "abcc", "a\u0000", "\u0000",
                "𠮷", "𠮷野", "ｆ", "\uE000", "社群", "社", "社群社群", "z", "zzzzzzzz"));
        Random random = new Random(11);
        String alphabet = "ab\u0000社群\uE000ｆ";
        for (int i = 0; i < 3000; i++) {
            StringBuilder term = new StringBuilder();
            for (int n = 1 + random.nextInt(6); n > 0; n--) {
                if (random.nextInt(8) == 0) {
                    term.append("𠮷");
                } else {
                    term.append(alphabet.charAt(random.nextInt(alphabet.length())));
                }
            }
            terms.add(term.toString());
        }
        TermIds ids = new TermIds(4);
        terms.forEach(ids::add);
        List<String> distinct = terms.stream().distinct().toList();
        assertEquals(distinct.size(), ids.size());
        for (int id = 0; id < ids.size(); id++) {
            assertEquals(distinct.get(id), ids.term(id));
            assertEquals(id, ids.find(distinct.get(id)));
        }
        assertEquals(-1, ids.find("never added"));
        String[] inOrder = Arrays.stream(ids.inUtf16Order()).mapToObj(ids::term).toArray(String[]::new);
        assertArrayEquals(distinct.stream().sorted().toArray(String[]::new), inOrder);
    }

    @Test
    void shortTermKeysRoundTrip() {
        for (String term : List.of("社", "社群", "𠮷", "𠮷野", "𠮷𠮷", "ab", "abcd")) {
            long key = ShortTerms.key(term);
            assertEquals(term, ShortTerms.text(key));
            int[] cps = term.codePoints().toArray();
            if (cps.length == 1) {
                assertEquals(key, ShortTerms.key(cps[0]));
            } else if (cps.length == 2) {
                assertEquals(key, ShortTerms.key(cps[0], cps[1]));
            }
        }
        assertEquals(ShortTerms.NONE, ShortTerms.key("abcde"));
        assertEquals(ShortTerms.NONE, ShortTerms.key("a\u0000"));
        assertEquals(ShortTerms.NONE, ShortTerms.key(""));
    }
}
