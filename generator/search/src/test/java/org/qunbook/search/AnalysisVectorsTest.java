package org.qunbook.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** Runs the shared vectors through the Java analyser; the node test runs the same file through qunbook-search.js. */
class AnalysisVectorsTest {
    private static final AnalysisVectors VECTORS = AnalysisVectors.load();

    @TestFactory
    Stream<DynamicTest> eachVector() {
        return VECTORS.cases().stream().map(c -> DynamicTest.dynamicTest(c.name(), () -> {
            TextAnalyzer analyzer = new TextAnalyzer(ScriptFolding.openCc(), c.unigrams());
            assertEquals(c.tokens(), analyzer.analyze(c.input()), c.name());
        }));
    }

    @Test
    void coversTheRequiredKindsOfInput() {
        assertTrue(VECTORS.cases().size() >= 40, "at least 40 vectors");
        for (String input : new String[] {"", "複購率", "ＶＩＰ１２３", "VIP专属服务", "3–6次", "0.1元", "𠮷"}) {
            assertTrue(VECTORS.cases().stream().anyMatch(c -> c.input().equals(input)), "a vector for " + input);
        }
        assertTrue(VECTORS.cases().stream().anyMatch(c -> c.input().codePoints().anyMatch(cp -> cp >= 0x1F300)),
                "a vector with emoji");
    }
}
