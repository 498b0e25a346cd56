package org.qunbook.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ScriptFoldingTest {
    private static final ScriptFolding OPENCC = ScriptFolding.openCc();

    @Test
    void foldsTraditionalCharactersOneByOne() {
        assertEquals("复购率", OPENCC.toSimplified("複購率"));
        assertEquals("社群运营的转化率", OPENCC.toSimplified("社群運營的轉化率"));
        assertEquals("头发", OPENCC.toSimplified("頭髮"));
        assertEquals("VIP 社群 abc 🎉", OPENCC.toSimplified("VIP 社群 abc 🎉"));
        // 乾 stays: OpenCC lists 乾 itself first (乾隆), and folding is per character, not per phrase
        assertEquals("乾隆", OPENCC.toSimplified("乾隆"));
        assertTrue(OPENCC.size() > 3000, "OpenCC's table has about 4,000 Traditional characters");
    }

    @Test
    void resolvesOpenCcChainsToTheirEnd() {
        assertEquals("苎苎", OPENCC.toSimplified("薴苧"));
        ScriptFolding chain = ScriptFolding.fromOpenCcCharacters(Map.of("甲", List.of("乙"), "乙", List.of("丙"),
                "丁", List.of("丁", "戊")));
        assertEquals("丙丙丙丁", chain.toSimplified("甲乙丙丁"));
    }

    @Test
    void browserTableHoldsOnlyCharactersWhoseSimplifiedFormIsIndexed() {
        String table = OPENCC.browserTable(Set.of("复购", "购率", "vip"));
        assertTrue(table.contains("複复") && table.contains("購购") && table.contains("復复"), table);
        assertTrue(!table.contains("們"), "们 is not in the index: " + table);
        int[] cps = table.codePoints().toArray();
        assertEquals(0, cps.length % 2);
        for (int i = 2; i < cps.length; i += 2) {
            assertTrue(cps[i - 2] < cps[i], "sorted by the Traditional code point");
        }
        for (int i = 0; i < cps.length; i += 2) {
            assertEquals(OPENCC.fold(cps[i]), cps[i + 1]);
        }
    }

    @Test
    void aBrowserTableFoldsLikeOpenCcForTheIndexedCharacters() {
        ScriptFolding browser = ScriptFolding.fromBrowserTable(OPENCC.browserTable(Set.of("复购率")));
        assertEquals("复购率", browser.toSimplified("複購率"));
        assertEquals("們", browser.toSimplified("們"));
        assertEquals(0, ScriptFolding.none().size());
    }
}
