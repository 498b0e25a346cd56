package org.qunbook.search;

import com.github.houbb.opencc4j.support.datamap.impl.DataMaps;
import java.util.BitSet;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Traditional → Simplified folding, one character at a time, from OpenCC's character table
 * (TSCharacters, as shipped in opencc4j). See {@code package-info} for why it is per character and
 * how the browser gets the same mapping through {@link #browserTable(Collection)}.
 */
public final class ScriptFolding {
    private static final ScriptFolding NONE = new ScriptFolding(Map.of());

    /** Code point → code point; every key differs from its value. */
    private final Map<Integer, Integer> table;
    /**
     * The table's Basic Multilingual Plane part as an array: folding runs on every character of every
     * page (search analysis, glossary matching), and a boxed map lookup per character was a fifth of
     * a build's time.
     */
    private final int[] bmp;

    private ScriptFolding(Map<Integer, Integer> table) {
        this.table = Map.copyOf(table);
        this.bmp = new int[table.isEmpty() ? 0 : Character.MAX_VALUE + 1];
        for (int cp = 0; cp < bmp.length; cp++) {
            bmp[cp] = table.getOrDefault(cp, cp);
        }
    }

    /** OpenCC's Traditional → Simplified characters (first candidate), chains resolved. Built once per JVM. */
    public static ScriptFolding openCc() {
        return OpenCcHolder.INSTANCE;
    }

    /** No folding at all. */
    public static ScriptFolding none() {
        return NONE;
    }

    /**
     * The folding a browser table describes, e.g. {@code fromBrowserTable("複复們们")}; it folds
     * exactly what {@code qunbook-search.js} folds with that table.
     */
    public static ScriptFolding fromBrowserTable(String pairs) {
        int[] cps = pairs.codePoints().toArray();
        if (cps.length % 2 != 0) {
            throw new IllegalArgumentException("a fold table holds pairs of characters");
        }
        Map<Integer, Integer> table = new HashMap<>();
        for (int i = 0; i < cps.length; i += 2) {
            table.put(cps[i], cps[i + 1]);
        }
        return new ScriptFolding(table);
    }

    /** The Simplified form of one code point (the code point itself if it has none). */
    public int fold(int codePoint) {
        if (codePoint >= 0 && codePoint < bmp.length) {
            return bmp[codePoint];
        }
        return table.getOrDefault(codePoint, codePoint);
    }

    /**
     * Folds every character of {@code text}; unlike opencc4j's phrase-aware {@code toSimple} the result
     * depends on each character alone, so the browser can reproduce it with a table.
     */
    public String toSimplified(String text) {
        StringBuilder out = null; // made at the first character that folds: most text is Simplified already
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            int folded = fold(cp);
            if (folded != cp && out == null) {
                out = new StringBuilder(text.length()).append(text, 0, i);
            }
            if (out != null) {
                out.appendCodePoint(folded);
            }
            i += Character.charCount(cp);
        }
        return out == null ? text : out.toString();
    }

    /**
     * The fold table the browser needs for an index: concatenated (Traditional, Simplified) pairs,
     * sorted by the Traditional code point, holding only the characters whose Simplified form
     * occurs in some index term. A query character outside the table cannot match a term either way,
     * so the smaller table folds queries with the same search results as the full one.
     */
    public String browserTable(Collection<String> indexTerms) {
        BitSet indexed = new BitSet(); // a set of every character of 100,000 terms: bits, not boxed Integers
        for (String term : indexTerms) {
            for (int i = 0; i < term.length(); i += Character.charCount(term.codePointAt(i))) {
                indexed.set(term.codePointAt(i));
            }
        }
        Map<Integer, Integer> needed = new TreeMap<>();
        table.forEach((traditional, simplified) -> {
            if (indexed.get(simplified)) {
                needed.put(traditional, simplified);
            }
        });
        StringBuilder pairs = new StringBuilder(needed.size() * 2);
        needed.forEach((traditional, simplified) -> pairs.appendCodePoint(traditional).appendCodePoint(simplified));
        return pairs.toString();
    }

    /** Number of characters this folding changes. */
    public int size() {
        return table.size();
    }

    static ScriptFolding fromOpenCcCharacters(Map<String, List<String>> tsCharacters) {
        Map<Integer, Integer> direct = new HashMap<>();
        tsCharacters.forEach((traditional, candidates) -> {
            if (candidates.isEmpty() || traditional.codePointCount(0, traditional.length()) != 1) {
                return;
            }
            String simplified = candidates.get(0); // OpenCC lists the usual Simplified form first
            if (simplified.codePointCount(0, simplified.length()) == 1 && !simplified.equals(traditional)) {
                direct.put(traditional.codePointAt(0), simplified.codePointAt(0));
            }
        });
        // OpenCC has chains such as 薴→苧→苎; folding to the end keeps all three spellings together
        Map<Integer, Integer> resolved = new HashMap<>();
        direct.forEach((from, to) -> {
            int target = to;
            for (int hops = 0; direct.containsKey(target) && hops < 8; hops++) {
                target = direct.get(target);
            }
            if (target != from) {
                resolved.put(from, target);
            }
        });
        return new ScriptFolding(resolved);
    }

    /** Lazy and immutable: opencc4j loads its dictionaries (~0.2 s) only when folding is first asked for. */
    private static final class OpenCcHolder {
        static final ScriptFolding INSTANCE = fromOpenCcCharacters(DataMaps.defaults().tsChar());
    }
}
