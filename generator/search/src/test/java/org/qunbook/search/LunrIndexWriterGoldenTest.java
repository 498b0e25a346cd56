package org.qunbook.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Byte-for-byte comparison with indexes that stock lunr 2.3.9 built (golden/*.json, from lunr-golden). */
class LunrIndexWriterGoldenTest {

    @ParameterizedTest(name = "{1} from {0}, positions={2}")
    @CsvSource({
        "documents.json, index.json, false",
        "documents.json, index-positions.json, true",
        "edge-documents.json, edge-index.json, true",
    })
    void writesTheSameTextAsJsonStringify(String input, String golden, boolean positions) throws Exception {
        GoldenSpec spec = GoldenSpec.parse(TestResources.text("golden/" + input));

        String json = new LunrIndexWriter(spec.settings(positions)).toJson(spec.documents());

        // build.js appends one newline to JSON.stringify's output; compare strings, never trees
        assertEquals(TestResources.text("golden/" + golden), json + "\n");
    }
}
