package org.qunbook.yaml;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a YAML mapping with Jackson's streaming parser, so that flow lists such as
 * {@code tags: ["a", "b"]} are real lists and every key keeps its line. Duplicate keys are
 * errors (YAML says they are; silently keeping the last one hides typos).
 */
public final class YamlReader {

    private final YAMLFactory factory = new YAMLFactory();

    /**
     * @param text      the YAML text
     * @param firstLine the file line the text starts on, so reported lines are file lines
     */
    public YamlDocument read(String text, int firstLine) throws YamlSyntaxException {
        if (text.isBlank()) {
            return YamlDocument.empty();
        }
        try (JsonParser parser = factory.createParser(text)) {
            JsonToken first = parser.nextToken();
            if (first == null) {
                return YamlDocument.empty();
            }
            if (first != JsonToken.START_OBJECT) {
                throw syntax("expected a mapping of 'key: value' lines", parser.currentTokenLocation(), firstLine);
            }
            Map<String, Integer> lines = new HashMap<>();
            @SuppressWarnings("unchecked")
            Map<String, Object> values = (Map<String, Object>) readValue(parser, "", lines, firstLine);
            return new YamlDocument(values, lines);
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            throw new YamlSyntaxException("invalid YAML: " + summary(e.getOriginalMessage()),
                    at == null ? firstLine : at.getLineNr() + firstLine - 1,
                    at == null ? 1 : Math.max(1, at.getColumnNr()));
        } catch (IOException e) {
            throw new YamlSyntaxException("invalid YAML: " + e.getMessage(), firstLine, 1);
        }
    }

    private Object readValue(JsonParser parser, String path, Map<String, Integer> lines, int firstLine)
            throws IOException, YamlSyntaxException {
        JsonToken token = parser.currentToken();
        switch (token) {
            case START_OBJECT: {
                Map<String, Object> map = new LinkedHashMap<>();
                while (parser.nextToken() == JsonToken.FIELD_NAME) {
                    String key = parser.currentName();
                    String keyPath = path.isEmpty() ? key : path + "." + key;
                    int line = parser.currentTokenLocation().getLineNr() + firstLine - 1;
                    if (map.containsKey(key)) {
                        throw syntax("duplicate key '" + key + "'", parser.currentTokenLocation(), firstLine);
                    }
                    lines.put(keyPath, line);
                    parser.nextToken();
                    map.put(key, readValue(parser, keyPath, lines, firstLine));
                }
                return map;
            }
            case START_ARRAY: {
                List<Object> list = new ArrayList<>();
                int index = 0;
                while (parser.nextToken() != JsonToken.END_ARRAY) {
                    String itemPath = path + "." + index++;
                    lines.put(itemPath, parser.currentTokenLocation().getLineNr() + firstLine - 1);
                    list.add(readValue(parser, itemPath, lines, firstLine));
                }
                return list;
            }
            case VALUE_STRING:
                return parser.getText();
            case VALUE_NUMBER_INT:
                return parser.getLongValue();
            case VALUE_NUMBER_FLOAT:
                return parser.getDoubleValue();
            case VALUE_TRUE:
                return Boolean.TRUE;
            case VALUE_FALSE:
                return Boolean.FALSE;
            case VALUE_NULL:
                return null;
            default:
                throw syntax("unsupported YAML value", parser.currentTokenLocation(), firstLine);
        }
    }

    /**
     * SnakeYAML's messages quote the offending line with a caret under it and "in 'reader'" lines;
     * the file:line prefix already says where, so keep only the sentences.
     */
    static String summary(String message) {
        return java.util.Arrays.stream(message.split("\n"))
                .filter(line -> !line.isBlank() && !Character.isWhitespace(line.charAt(0)))
                .collect(java.util.stream.Collectors.joining(": "));
    }

    private static YamlSyntaxException syntax(String message, JsonLocation at, int firstLine) {
        return new YamlSyntaxException(message, at.getLineNr() + firstLine - 1, Math.max(1, at.getColumnNr()));
    }
}
