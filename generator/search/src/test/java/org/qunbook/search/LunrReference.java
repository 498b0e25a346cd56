package org.qunbook.search;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Builds the same index with real lunr.js (src/test/node/build-index.js) to compare against. */
final class LunrReference {
    private LunrReference() {
    }

    /** JSON.stringify of the index lunr 2.3.9 builds for these settings and documents. */
    static String build(LunrIndexSettings settings, List<IndexedDocument> documents, Path workDir)
            throws IOException, InterruptedException {
        Path spec = workDir.resolve("spec.json");
        Path out = workDir.resolve("lunr-index.json");
        writeSpec(settings, documents, spec);
        NodeRunner.run("build-index.js", List.of(spec.toString(), out.toString()));
        return Files.readString(out, StandardCharsets.UTF_8);
    }

    private static void writeSpec(LunrIndexSettings settings, List<IndexedDocument> documents, Path file)
            throws IOException {
        try (Writer writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
                JsonGenerator gen = new JsonFactory().createGenerator(writer)) {
            gen.writeStartObject();
            gen.writeArrayFieldStart("fields");
            for (SearchField field : settings.fields()) {
                gen.writeStartObject();
                gen.writeStringField("name", field.name());
                if (!Double.isNaN(field.boost())) { // JSON has no NaN; absent is lunr's undefined, the same `|| 1`
                    gen.writeNumberField("boost", field.boost());
                }
                gen.writeEndObject();
            }
            gen.writeEndArray();
            gen.writeArrayFieldStart("metadataWhitelist");
            if (settings.storePositions()) {
                gen.writeString("position");
            }
            gen.writeEndArray();
            gen.writeArrayFieldStart("searchPipeline");
            for (String label : settings.searchPipeline()) {
                gen.writeString(label);
            }
            gen.writeEndArray();
            gen.writeArrayFieldStart("documents");
            for (IndexedDocument doc : documents) {
                writeDocument(gen, doc);
            }
            gen.writeEndArray();
            gen.writeEndObject();
        }
    }

    private static void writeDocument(JsonGenerator gen, IndexedDocument doc) throws IOException {
        gen.writeStartObject();
        gen.writeStringField("ref", doc.ref());
        if (doc.boost() != null && !doc.boost().isNaN()) {
            gen.writeNumberField("boost", doc.boost());
        }
        gen.writeObjectFieldStart("fields");
        for (var field : doc.tokensByField().entrySet()) {
            gen.writeArrayFieldStart(field.getKey());
            for (Token token : field.getValue()) {
                gen.writeStartArray();
                gen.writeString(token.term());
                gen.writeNumber(token.start());
                gen.writeNumber(token.length());
                gen.writeEndArray();
            }
            gen.writeEndArray();
        }
        gen.writeEndObject();
        gen.writeEndObject();
    }
}
