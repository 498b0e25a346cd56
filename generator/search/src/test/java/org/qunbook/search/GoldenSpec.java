package org.qunbook.search;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads the golden input format of lunr-golden/build.js: fields, boosts and final tokens per document. */
record GoldenSpec(List<SearchField> fields, List<String> searchPipeline, List<IndexedDocument> documents) {

    static GoldenSpec parse(String json) throws Exception {
        JsonNode root = new ObjectMapper().readTree(json);
        JsonNode config = root.get("config");
        List<SearchField> fields = new ArrayList<>();
        for (JsonNode field : config.get("fields")) {
            JsonNode boost = field.get("boost");
            fields.add(new SearchField(field.get("name").asText(), boost == null ? 1 : boost.asDouble()));
        }
        List<String> pipeline = new ArrayList<>();
        config.get("searchPipeline").forEach(label -> pipeline.add(label.asText()));
        List<IndexedDocument> documents = new ArrayList<>();
        for (JsonNode doc : root.get("documents")) {
            Map<String, List<Token>> tokens = new LinkedHashMap<>();
            doc.get("fields").properties().forEach(field -> {
                List<Token> list = new ArrayList<>();
                for (JsonNode t : field.getValue().get("tokens")) {
                    list.add(new Token(t.get(0).asText(), t.get(1).asInt(), t.get(2).asInt()));
                }
                tokens.put(field.getKey(), list);
            });
            JsonNode boost = doc.get("boost");
            documents.add(new IndexedDocument(doc.get("id").asText(), boost == null ? null : boost.asDouble(), tokens));
        }
        return new GoldenSpec(fields, pipeline, documents);
    }

    LunrIndexSettings settings(boolean positions) {
        return new LunrIndexSettings(fields, positions, searchPipeline);
    }
}
