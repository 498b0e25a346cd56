package org.qunbook.search;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonFactoryBuilder;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.util.List;

/**
 * Streams a {@link BuiltIndex} as the exact text {@code JSON.stringify(index)} produces in lunr 2.3.9.
 *
 * <p>It needs a {@link Writer}-based generator: Jackson's UTF-8 byte generator escapes supplementary
 * characters ({@code 𠮷}, emoji) as surrogate pairs where JSON.stringify writes them raw.
 */
final class LunrJsonSerializer {
    static final String LUNR_VERSION = "2.3.9";

    /** Immutable once built; generators take their escapes from it. */
    private static final JsonFactory FACTORY = new JsonFactoryBuilder()
            .characterEscapes(new JsStringEscapes())
            .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
            .build();

    private LunrJsonSerializer() {
    }

    static void write(BuiltIndex index, Writer out) throws IOException {
        try (JsonGenerator gen = FACTORY.createGenerator(out)) {
            gen.writeStartObject();
            gen.writeStringField("version", LUNR_VERSION);
            gen.writeFieldName("fields");
            writeStrings(gen, index.fields());
            gen.writeFieldName("fieldVectors");
            gen.writeStartArray();
            for (BuiltIndex.FieldVector vector : index.fieldVectors()) {
                writeVector(gen, vector);
            }
            gen.writeEndArray();
            gen.writeFieldName("invertedIndex");
            gen.writeStartArray();
            for (BuiltIndex.TermPosting posting : index.invertedIndex()) {
                writePosting(gen, posting, index.fields(), index.storePositions());
            }
            gen.writeEndArray();
            gen.writeFieldName("pipeline");
            writeStrings(gen, index.searchPipeline());
            gen.writeEndObject();
        }
    }

    private static void writeStrings(JsonGenerator gen, List<String> values) throws IOException {
        gen.writeStartArray();
        for (String value : values) {
            gen.writeString(value);
        }
        gen.writeEndArray();
    }

    private static void writeVector(JsonGenerator gen, BuiltIndex.FieldVector vector) throws IOException {
        gen.writeStartArray();
        gen.writeString(vector.fieldRef());
        gen.writeStartArray();
        for (BuiltIndex.ScoredTerm term : vector.terms()) {
            gen.writeNumber(term.termIndex());
            gen.writeNumber(scoreText(term.milliScore()));
        }
        gen.writeEndArray();
        gen.writeEndArray();
    }

    private static void writePosting(JsonGenerator gen, BuiltIndex.TermPosting posting, List<String> fields,
            boolean storePositions) throws IOException {
        gen.writeStartArray();
        gen.writeString(posting.term());
        gen.writeStartObject();
        gen.writeNumberField("_index", posting.termIndex());
        for (int f = 0; f < fields.size(); f++) {
            gen.writeFieldName(fields.get(f));
            gen.writeStartObject();
            for (BuiltIndex.DocOccurrences doc : posting.byField().get(f)) {
                gen.writeFieldName(doc.ref());
                gen.writeStartObject();
                if (storePositions) {
                    gen.writeFieldName("position");
                    gen.writeStartArray();
                    for (Token token : doc.occurrences()) {
                        gen.writeStartArray();
                        gen.writeNumber(token.start());
                        gen.writeNumber(token.length());
                        gen.writeEndArray();
                    }
                    gen.writeEndArray();
                }
                gen.writeEndObject();
            }
            gen.writeEndObject();
        }
        gen.writeEndObject();
        gen.writeEndArray();
    }

    /**
     * The shortest text of the double {@code milli / 1000}, as JS prints it: {@code 4}, {@code 0},
     * {@code 11.36}. Exact for |score| below 1e9, where doubles are far denser than thousandths.
     * ({@code writeNumber(double)} would print {@code 4.0} and {@code 5.0E-4}.)
     */
    static String scoreText(long milliScore) {
        return BigDecimal.valueOf(milliScore, 3).stripTrailingZeros().toPlainString();
    }
}
