package org.qunbook.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class IndexShapingTest {
    private static final TextAnalyzer ANALYZER = TextAnalyzer.standard();

    private static IndexedDocument doc(String ref, String title, String body) {
        return new IndexedDocument(ref, null, Map.of("title", ANALYZER.analyze(title), "body", ANALYZER.analyze(body)));
    }

    private static IndexCorpus corpus(List<IndexedDocument> docs) {
        return IndexCorpus.of(List.of("title", "body"), docs, true);
    }

    /** Ten documents: 社群 in every body, 规则 in four, 复购 in one; KOL in every body too. */
    private static List<IndexedDocument> documents() {
        List<IndexedDocument> docs = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            String body = "社群。KOL " + (i < 4 ? "规则。" : "") + (i == 0 ? "复购。" : "");
            docs.add(doc("d" + (char) ('a' + i), i == 0 ? "社群规则" : "标题", body));
        }
        return docs;
    }

    private static IndexCorpus corpus() {
        return corpus(documents());
    }

    @Test
    void commonTermsAreCjkTermsInTheFieldOfMoreThanTheShareOfDocuments() {
        IndexCorpus docs = corpus();
        // 社群 and its last character 群: 10 of 10; 规则 and 则: 4 of 10; KOL is not CJK
        assertEquals(Set.of("社群", "群"), IndexShaping.commonCjkTerms(docs, "body", 0.5, 0));
        assertEquals(Set.of("社群", "群", "规则", "则"), IndexShaping.commonCjkTerms(docs, "body", 0.3, 0));
        // more than 4 documents needed: 规则 is out again
        assertEquals(Set.of("社群", "群"), IndexShaping.commonCjkTerms(docs, "body", 0.3, 4));
        // a small site keeps everything
        assertEquals(Set.of(), IndexShaping.commonCjkTerms(docs, "body", 0.3, 10));
        // only the given field counts: 社群规则 is in one title, 标题 in nine
        assertEquals(Set.of("标题", "题"), IndexShaping.commonCjkTerms(docs, "title", 0.5, 0));
        assertThrows(IllegalArgumentException.class, () -> IndexShaping.commonCjkTerms(docs, "body", 1.5, 0));
    }

    @Test
    void withoutTermsRemovesThemFromOneFieldOnly() {
        IndexCorpus docs = IndexShaping.withoutTerms(corpus(), "body", Set.of("社群", "群"));
        assertEquals(List.of("kol", "规则", "则", "复购", "购"), CorpusTokens.terms(docs, 0, "body"));
        assertEquals(List.of("社群", "群规", "规则", "则"), CorpusTokens.terms(docs, 0, "title"));
        assertEquals("da", docs.documents().get(0).ref);
        IndexCorpus unchanged = corpus();
        assertSame(unchanged, IndexShaping.withoutTerms(unchanged, "body", Set.of()));
    }

    @Test
    void frequentTermsComeFirstAndEachTermKeepsItsOccurrencesInOrder() {
        List<IndexedDocument> docs = new ArrayList<>(documents());
        docs.set(1, doc("db", "标题", "复购。社群，社群。KOL"));
        IndexCorpus shaped = IndexShaping.frequentTermsFirst(corpus(docs));
        // document frequencies (any field): 社群 10, 群 10, kol 10, 标题 9, 题 9, 规则 4, 则 4, 复购 2, 购 2
        assertEquals(List.of("kol", "社群", "社群", "群", "群", "复购", "购"), CorpusTokens.terms(shaped, 1, "body"));
        List<Token> tokens = CorpusTokens.tokens(shaped, 1, "body");
        assertTrue(tokens.get(1).start() < tokens.get(2).start(), tokens::toString);
        assertEquals(List.of("标题", "题"), CorpusTokens.terms(shaped, 1, "title"));
        // the same tokens, only reordered
        for (int i = 0; i < docs.size(); i++) {
            for (String field : List.of("title", "body")) {
                assertEquals(Set.copyOf(docs.get(i).tokens(field)), Set.copyOf(CorpusTokens.tokens(shaped, i, field)));
                assertEquals(docs.get(i).tokens(field).size(), CorpusTokens.tokens(shaped, i, field).size());
            }
        }
    }

    @Test
    void cjkTerms() {
        assertTrue(IndexShaping.isCjkBigram("社群"));
        assertTrue(IndexShaping.isCjkBigram("𠮷野"));
        assertTrue(IndexShaping.isCjkBigram("コー"));
        assertFalse(IndexShaping.isCjkBigram("群"));
        assertFalse(IndexShaping.isCjkBigram("社群群"));
        assertFalse(IndexShaping.isCjkBigram("ko"));
        assertTrue(IndexShaping.isCjkTerm("群"));
        assertTrue(IndexShaping.isCjkTerm("𠮷"));
        assertTrue(IndexShaping.isCjkTerm("社群"));
        assertFalse(IndexShaping.isCjkTerm("k"));
        assertFalse(IndexShaping.isCjkTerm("群k"));
    }
}
