package org.qunbook.load;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.qunbook.api.FrontMatter;
import org.qunbook.api.SourcePosition;
import org.qunbook.yaml.YamlDocument;

/** {@link FrontMatter} over a {@link YamlDocument}. */
public record PageFrontMatter(YamlDocument yaml, String file, int fenceLine) implements FrontMatter {

    @Override
    public Set<String> keys() {
        return yaml.values().keySet();
    }

    @Override
    public Optional<Object> find(String key) {
        return Optional.ofNullable(yaml.values().get(key));
    }

    @Override
    public Optional<String> findString(String key) {
        Object value = yaml.values().get(key);
        if (value instanceof String || value instanceof Number || value instanceof Boolean) {
            return Optional.of(String.valueOf(value));
        }
        return Optional.empty();
    }

    @Override
    public List<String> strings(String key) {
        Object value = yaml.values().get(key);
        if (value instanceof List<?> list) {
            return list.stream().filter(v -> v != null && !(v instanceof Map) && !(v instanceof List))
                    .map(String::valueOf).toList();
        }
        return List.of();
    }

    @Override
    @SuppressWarnings("unchecked")
    public List<Map<String, Object>> objects(String key) {
        Object value = yaml.values().get(key);
        if (value instanceof List<?> list) {
            return list.stream().filter(v -> v instanceof Map).map(v -> (Map<String, Object>) v).toList();
        }
        return List.of();
    }

    @Override
    public SourcePosition positionOf(String key) {
        return SourcePosition.of(file, yaml.lineOf(key, fenceLine));
    }
}
