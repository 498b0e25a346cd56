package org.qunbook.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LunrIndexWriterTest {
    private static final LunrIndexWriter TITLE = new LunrIndexWriter(LunrIndexSettings.of(List.of(SearchField.of("title"))));

    private static IndexedDocument doc(String ref, String... terms) {
        List<Token> tokens = new ArrayList<>();
        for (int i = 0; i < terms.length; i++) {
            tokens.add(new Token(terms[i], i, 1));
        }
        return new IndexedDocument(ref, null, Map.of("title", tokens));
    }

    @Test
    void emptyIndexHasAllTopLevelKeysInLunrOrder() {
        assertEquals("{\"version\":\"2.3.9\",\"fields\":[\"title\"],\"fieldVectors\":[],\"invertedIndex\":[],\"pipeline\":[]}",
                TITLE.toJson(List.of()));
    }

    @Test
    void singleTermDocument() {
        // N=1, df=1: idf = ln(1 + 0.5/1.5); tf=1, len=avg=1: s = idf * 2.2 / 2.2 = 0.28768 -> 0.288
        assertEquals("{\"version\":\"2.3.9\",\"fields\":[\"title\"],\"fieldVectors\":[[\"title/a\",[0,0.288]]],"
                + "\"invertedIndex\":[[\"x\",{\"_index\":0,\"title\":{\"a\":{}}}]],\"pipeline\":[]}",
                TITLE.toJson(List.of(doc("a", "x"))));
    }

    @Test
    void termsAreNumberedByFirstOccurrenceAndSortedByUtf16() {
        String json = TITLE.toJson(List.of(doc("a", "ｆ", "b"), doc("c", "𠮷", "a")));
        // 𠮷 (D842 DFB7) sorts before ｆ (FF46) in UTF-16, although its code point is larger
        assertTrue(json.contains("\"invertedIndex\":[[\"a\",{\"_index\":3,"), json);
        assertTrue(json.indexOf("[\"𠮷\",{\"_index\":2") < json.indexOf("[\"ｆ\",{\"_index\":0"), json);
        // vector elements are sorted by _index
        assertTrue(json.contains("[\"title/c\",[2,"), json);
    }

    @Test
    void integerLikeRefsComeFirstInPostingsLikeJsObjectKeys() {
        String json = TITLE.toJson(List.of(doc("b", "x"), doc("10", "x"), doc("a", "x"), doc("2", "x"),
                doc("007", "x"), doc("4294967295", "x")));
        assertTrue(json.contains("{\"2\":{},\"10\":{},\"b\":{},\"a\":{},\"007\":{},\"4294967295\":{}}"), json);
        // fieldVectors keep the order documents were added in
        assertTrue(json.indexOf("title/b") < json.indexOf("title/10"), json);
    }

    @Test
    void stringsAreEscapedLikeJsonStringify() {
        String json = TITLE.toJson(List.of(doc("r", "a\u0001\u001f\t\n\"\\/\u007f\u2028é🎉")));
        assertTrue(json.contains("[\"a\\u0001\\u001f\\t\\n\\\"\\\\/\u007f\u2028é🎉\",{"), json);
    }

    @Test
    void emptyAndMissingFieldsGetEmptyVectorsAndEmptyPostingEntries() {
        LunrIndexWriter writer = new LunrIndexWriter(LunrIndexSettings.of(List.of(SearchField.of("title"), SearchField.of("body"))));
        String json = writer.toJson(List.of(new IndexedDocument("a", null, Map.of("title", List.of(new Token("x", 0, 1)))),
                new IndexedDocument("b", null, Map.of("body", List.of()))));
        assertTrue(json.contains("[\"body/a\",[]],[\"title/b\",[]],[\"body/b\",[]]"), json);
        assertTrue(json.contains("{\"_index\":0,\"title\":{\"a\":{}},\"body\":{}}"), json);
    }

    @Test
    void positionsAreRecordedPerOccurrence() {
        LunrIndexWriter writer = new LunrIndexWriter(LunrIndexSettings.of(List.of(SearchField.of("title"))).withPositions(true));
        String json = writer.toJson(List.of(new IndexedDocument("a", null, Map.of("title",
                List.of(new Token("x", 0, 1), new Token("y", 2, 3), new Token("x", 6, 1))))));
        assertTrue(json.contains("[\"x\",{\"_index\":0,\"title\":{\"a\":{\"position\":[[0,1],[6,1]]}}}]"), json);
    }

    @Test
    void zeroAndNanBoostsMeanOneAsInLunr() {
        List<IndexedDocument> plain = List.of(doc("a", "x", "y"), doc("b", "x"));
        String expected = TITLE.toJson(plain);
        for (double boost : new double[] {0, Double.NaN}) {
            assertEquals(expected, new LunrIndexWriter(LunrIndexSettings.of(List.of(new SearchField("title", boost))))
                    .toJson(plain));
            assertEquals(expected, TITLE.toJson(List.of(new IndexedDocument("a", boost, plain.get(0).tokensByField()),
                    plain.get(1))));
        }
        String boosted = new LunrIndexWriter(LunrIndexSettings.of(List.of(new SearchField("title", 2)))).toJson(plain);
        assertTrue(!boosted.equals(expected), "a real boost changes the scores");
    }

    @Test
    void wholeThousandthsAreLunrsValuesTimesAThousand() throws Exception {
        List<IndexedDocument> docs = List.of(doc("a", "x", "y", "y"), doc("b", "x"), doc("c", "z"));
        JsonNode lunr = new ObjectMapper().readTree(TITLE.toJson(docs)).get("fieldVectors");
        String whole = new LunrIndexWriter(LunrIndexSettings.of(List.of(SearchField.of("title"))).withWholeThousandths(true))
                .toJson(docs);
        JsonNode vectors = new ObjectMapper().readTree(whole).get("fieldVectors");
        assertEquals(lunr.size(), vectors.size());
        int decimals = 0;
        for (int v = 0; v < lunr.size(); v++) {
            assertEquals(lunr.get(v).get(0), vectors.get(v).get(0));
            JsonNode a = lunr.get(v).get(1);
            JsonNode b = vectors.get(v).get(1);
            for (int i = 1; i < a.size(); i += 2) {
                assertTrue(b.get(i).isIntegralNumber(), whole);
                assertEquals(Math.round(a.get(i).asDouble() * 1000), b.get(i).asLong());
                decimals += a.get(i).asText().contains(".") ? 1 : 0;
            }
        }
        assertTrue(decimals > 0, "the plain index has decimals to compare: " + lunr);
    }

    @ParameterizedTest
    @ValueSource(longs = {0, 4000, 11360, 666, 1, -500, 123456789})
    void scoresPrintAsTheShortestDecimal(long milli) {
        String text = LunrJsonSerializer.scoreText(milli);
        assertEquals(Double.parseDouble(text), milli / 1000.0);
        assertTrue(!text.endsWith(".0") && !text.contains("E") && !(text.contains(".") && text.endsWith("0")), text);
    }

    @Test
    void scoreTextExamples() {
        assertEquals("4", LunrJsonSerializer.scoreText(4000));
        assertEquals("0", LunrJsonSerializer.scoreText(0));
        assertEquals("11.36", LunrJsonSerializer.scoreText(11360));
        assertEquals("0.001", LunrJsonSerializer.scoreText(1));
        assertEquals("-0.5", LunrJsonSerializer.scoreText(-500));
    }

    @Test
    void rejectsDuplicateRefs() {
        var e = assertThrows(IllegalArgumentException.class, () -> TITLE.toJson(List.of(doc("a", "x"), doc("a", "y"))));
        assertTrue(e.getMessage().contains("duplicate document ref"));
    }

    @Test
    void rejectsUndeclaredFields() {
        var doc = new IndexedDocument("a", null, Map.of("body", List.of(new Token("x", 0, 1))));
        assertThrows(IllegalArgumentException.class, () -> TITLE.toJson(List.of(doc)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"a/b", "0", "17", "_index", "constructor", "__proto__", "toString", ""})
    void rejectsFieldNamesLunrCannotHandle(String name) {
        assertThrows(IllegalArgumentException.class, () -> SearchField.of(name));
    }

    @ParameterizedTest
    @ValueSource(strings = {"007", "-1", "1.5", "4294967295", "title"})
    void acceptsFieldNamesThatAreNotArrayIndexes(String name) {
        assertEquals(name, SearchField.of(name).name());
    }

    @Test
    void rejectsDuplicateFieldsAndUnknownPipelineFunctions() {
        assertThrows(IllegalArgumentException.class,
                () -> LunrIndexSettings.of(List.of(SearchField.of("a"), new SearchField("a", 2))));
        assertThrows(IllegalArgumentException.class,
                () -> LunrIndexSettings.of(List.of(SearchField.of("a"))).withSearchPipeline(List.of("stemmer-zh")));
        assertEquals(List.of("stemmer"),
                LunrIndexSettings.of(List.of(SearchField.of("a"))).withSearchPipeline(List.of("stemmer")).searchPipeline());
    }

    @Test
    void rejectsTermsAndRefsThatCannotRoundTrip() {
        assertThrows(IllegalArgumentException.class, () -> new Token("", 0, 0));
        assertThrows(IllegalArgumentException.class, () -> new Token("a\ud800", 0, 2));
        assertThrows(IllegalArgumentException.class, () -> new Token("a", -1, 1));
        assertThrows(IllegalArgumentException.class, () -> new IndexedDocument("\udc00", null, Map.of()));
        assertThrows(IllegalArgumentException.class, () -> new IndexedDocument("a", Double.POSITIVE_INFINITY, Map.of()));
        assertThrows(IllegalArgumentException.class, () -> new SearchField("a", Double.NEGATIVE_INFINITY));
    }

    @Test
    void rejectsScoresTooLargeToPrintLikeJs() {
        var doc = new IndexedDocument("a", 1e12, Map.of("title", List.of(new Token("x", 0, 1))));
        assertThrows(IllegalArgumentException.class, () -> TITLE.toJson(List.of(doc)));
    }

    @Test
    void writesUtf8FilesWithRawSupplementaryCharacters(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("index.json");
        TITLE.write(List.of(doc("a", "𠮷")), file);
        String text = Files.readString(file, StandardCharsets.UTF_8);
        assertEquals(TITLE.toJson(List.of(doc("a", "𠮷"))), text);
        assertTrue(text.contains("\"𠮷\""), "not escaped as a surrogate pair: " + text);
    }
}
