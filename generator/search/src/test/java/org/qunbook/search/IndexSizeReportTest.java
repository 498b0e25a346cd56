package org.qunbook.search;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Index size of the 1,000-page test corpus with and without CJK unigrams and positions. A measurement,
 * not a check (half a minute of CPU), so only on request:
 * {@code mvn verify -Dtest=IndexSizeReportTest -Dqunbook.search.sizeReport=true}.
 */
@EnabledIfSystemProperty(named = "qunbook.search.sizeReport", matches = "true")
class IndexSizeReportTest {

    @Test
    void reportSizes() throws IOException {
        List<ChineseCorpus.Page> pages = new ChineseCorpus(20261123L).pages(1000, 1500);
        Map<String, long[]> sizes = new LinkedHashMap<>();
        for (boolean unigrams : new boolean[] {false, true}) {
            TextAnalyzer analyzer = new TextAnalyzer(ScriptFolding.openCc(), unigrams);
            List<IndexedDocument> docs = pages.stream().map(p -> new IndexedDocument(p.ref(), null,
                    Map.of("title", analyzer.analyze(p.title()), "body", analyzer.analyze(p.body())))).toList();
            for (boolean positions : new boolean[] {false, true}) {
                LunrIndexSettings settings = LunrIndexSettings.of(List.of(new SearchField("title", 10),
                        SearchField.of("body"))).withPositions(positions);
                byte[] raw = new LunrIndexWriter(settings).toJson(docs).getBytes(StandardCharsets.UTF_8);
                sizes.put((unigrams ? "bigrams+unigrams" : "bigrams") + (positions ? ", positions" : ""),
                        new long[] {raw.length, gzip(raw)});
            }
        }
        System.out.println("index size, 1,000 pages x ~1,500 chars (title boost 10, body):");
        sizes.forEach((name, s) -> System.out.printf("  %-30s raw %,12d B   gzip -9 %,11d B%n", name, s[0], s[1]));
        assertTrue(sizes.get("bigrams")[0] < sizes.get("bigrams+unigrams")[0]);
    }

    private static long gzip(byte[] data) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out) {
            {
                def.setLevel(Deflater.BEST_COMPRESSION);
            }
        }) {
            gz.write(data);
        }
        return out.size();
    }
}
