package org.qunbook.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * analysis-fold-table.json is the browser fold table for the terms of the shared vectors, i.e. what
 * the node test needs to reproduce the Java tokens. It must match what ScriptFolding generates now;
 * {@code mvn verify -Dgolden.update=true} rewrites it.
 */
class FoldTableFileTest {
    static final String RESOURCE = "analysis-fold-table.json";

    @Test
    void fileMatchesTheGeneratedTable() throws Exception {
        String expected = fileText(ScriptFolding.openCc().browserTable(vectorTerms()));
        if (Boolean.getBoolean("golden.update")) {
            Path file = TestResources.sourcePath(RESOURCE);
            Files.writeString(file, expected, StandardCharsets.UTF_8);
            System.out.println("golden.update: rewrote " + file);
            return;
        }
        assertEquals(expected, TestResources.text(RESOURCE),
                RESOURCE + " is stale; run mvn verify -Dgolden.update=true in generator/search");
    }

    @Test
    void tableFoldsTheTraditionalVectors() {
        String table = ScriptFolding.openCc().browserTable(vectorTerms());
        assertTrue(table.contains("複复") && table.contains("購购"), table);
        ScriptFolding browser = ScriptFolding.fromBrowserTable(table);
        assertEquals("复购率", browser.toSimplified("複購率"));
    }

    /** Every term the Java analyser produces for the vectors' inputs. */
    static Set<String> vectorTerms() {
        Set<String> terms = new TreeSet<>();
        for (AnalysisVectors.Case c : AnalysisVectors.load().cases()) {
            new TextAnalyzer(ScriptFolding.openCc(), c.unigrams()).analyze(c.input()).forEach(t -> terms.add(t.term()));
        }
        return terms;
    }

    static String fileText(String pairs) throws Exception {
        ObjectMapper json = new ObjectMapper();
        return "{\n"
                + "  \"description\": " + json.writeValueAsString("Browser fold table (Traditional, Simplified pairs) "
                        + "that ScriptFolding.browserTable generates for the terms of analysis-vectors.json. "
                        + "Generated: mvn verify -Dgolden.update=true") + ",\n"
                + "  \"pairs\": " + json.writeValueAsString(pairs) + "\n"
                + "}\n";
    }
}
