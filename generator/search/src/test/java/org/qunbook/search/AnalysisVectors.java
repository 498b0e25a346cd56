package org.qunbook.search;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/** The shared vectors in analysis-vectors.json (also run by src/test/node/analyzer.test.js). */
record AnalysisVectors(List<Case> cases) {
    static final String RESOURCE = "analysis-vectors.json";

    record Case(String name, String input, boolean unigrams, List<Token> tokens) {
    }

    static AnalysisVectors load() {
        try {
            JsonNode root = new ObjectMapper().readTree(TestResources.text(RESOURCE));
            List<Case> cases = new ArrayList<>();
            for (JsonNode c : root.get("cases")) {
                List<Token> tokens = new ArrayList<>();
                for (JsonNode t : c.get("tokens")) {
                    tokens.add(new Token(t.get(0).asText(), t.get(1).asInt(), t.get(2).asInt()));
                }
                boolean unigrams = c.path("options").path("unigrams").asBoolean(false);
                cases.add(new Case(c.get("name").asText(), c.get("input").asText(), unigrams, tokens));
            }
            return new AnalysisVectors(List.copyOf(cases));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
