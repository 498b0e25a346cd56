package org.qunbook.yaml;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A YAML mapping read into plain Java values (String, Long, Double, Boolean, List, Map, null),
 * keeping the 1-based line of every key at every depth so problems can point at it.
 *
 * @param values   top-level keys in document order
 * @param keyLines line of each key, by dotted path ({@code plugins.0.options.first_only})
 */
public record YamlDocument(Map<String, Object> values, Map<String, Integer> keyLines) {

    public YamlDocument {
        values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
        keyLines = Map.copyOf(keyLines);
    }

    public static YamlDocument empty() {
        return new YamlDocument(Map.of(), Map.of());
    }

    /** Line of the key at {@code path}, or {@code fallback} when unknown. */
    public int lineOf(String path, int fallback) {
        return keyLines.getOrDefault(path, fallback);
    }
}
