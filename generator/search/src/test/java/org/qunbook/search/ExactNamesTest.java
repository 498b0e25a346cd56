package org.qunbook.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A big site's exact names are looked up in the file the browser computes from the query: the Java
 * key and file of every name equal qunbook-search.js's exactKey and bucketOf, with the fold table
 * the site ships (Traditional, full-width, spaces and punctuation, combining marks, astral characters).
 */
class ExactNamesTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    @BeforeAll
    static void node() {
        NodeRunner.requireNodeAndLunr();
    }

    @Test
    void javaKeysAndFilesAreTheBrowsers() throws Exception {
        List<String> names = new ArrayList<>(List.of("社群定位", "社群 定位", "社群定位！", "群規則", "複購率是什麼",
                "ＶＩＰ 專屬服務", "KOL", "arpu/ARPU", "e\u0301té", "𠮷野家 会员", "  ", "——", "3.14 元", "群公告、禁言"));
        ChineseCorpus.Page page = new ChineseCorpus(7L).pages(1, 2000).get(0);
        for (int i = 0; i + 12 < page.body().length() && names.size() < 300; i += 7) {
            names.add(page.body().substring(i, i + 3 + i % 9));
        }
        ScriptFolding folding = ScriptFolding.openCc();
        List<String> terms = new ArrayList<>();
        names.forEach(n -> TextAnalyzer.standard().analyze(n).forEach(t -> terms.add(t.term())));
        int buckets = 13;
        Path in = dir.resolve("in.json");
        Path out = dir.resolve("out.json");
        JSON.writeValue(in.toFile(), Map.of("fold", folding.browserTable(terms), "buckets", buckets, "names", names));
        NodeRunner.run("exact-keys.js", List.of(in.toString(), out.toString()));
        JsonNode js = JSON.readTree(out.toFile());
        Set<Integer> used = new HashSet<>();
        for (int i = 0; i < names.size(); i++) {
            String key = ExactNames.key(names.get(i), folding);
            assertEquals(js.get("keys").get(i).asText(), key, "key of " + names.get(i));
            assertEquals(js.get("buckets").get(i).asInt(), ExactNames.bucket(key, buckets), "file of " + names.get(i));
            used.add(ExactNames.bucket(key, buckets));
        }
        assertEquals("社群定位", ExactNames.key("社群 定位！", folding));
        assertEquals("群规则", ExactNames.key("群規則", folding));
        assertEquals("vip专属服务", ExactNames.key("ＶＩＰ 專屬服務", folding));
        assertTrue(used.size() > buckets / 2, "names spread over the files: " + used);
    }
}
