package org.qunbook.index;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.qunbook.api.Problem;
import org.qunbook.api.SourcePosition;
import org.qunbook.problem.Problems;
import org.qunbook.yaml.YamlDocument;
import org.qunbook.yaml.YamlReader;
import org.qunbook.yaml.YamlSyntaxException;

/**
 * A site's search synonyms, {@code content/_search/synonyms.yml}: each word a reader may type, with
 * the words the handbook uses for it. The browser adds them to a query that contains the word (same
 * analysis as the index), so {@code 群里有人发广告} also finds the pages about 违规:
 *
 * <pre>
 * 发广告: [广告, 违规]
 * 冷清: 沉默 活跃          # a string: words separated by spaces
 * </pre>
 *
 * A missing file means no synonyms; a malformed one is an error naming its line.
 */
public final class SearchSynonyms {

    /** Where the synonyms live, relative to the content folder. */
    public static final String FILE = "_search/synonyms.yml";

    private SearchSynonyms() {
    }

    /** The synonyms in {@code file} (none when it does not exist); problems are reported against {@code display}. */
    public static Map<String, List<String>> load(Path file, String display, Problems problems) {
        if (!Files.isRegularFile(file)) {
            return Map.of();
        }
        YamlDocument doc;
        try {
            doc = new YamlReader().read(Files.readString(file, StandardCharsets.UTF_8), 1);
        } catch (YamlSyntaxException e) {
            problems.report(Problem.error(new SourcePosition(display, e.line(), e.column()), e.getMessage()));
            return Map.of();
        } catch (IOException e) {
            problems.report(Problem.error(SourcePosition.fileOnly(display), "cannot read: " + e.getMessage()));
            return Map.of();
        }
        Map<String, List<String>> synonyms = new LinkedHashMap<>();
        doc.values().forEach((word, value) -> {
            List<String> words = new ArrayList<>();
            if (value instanceof String s) {
                for (String w : s.strip().split("\\s+")) {
                    if (!w.isEmpty()) {
                        words.add(w);
                    }
                }
            } else if (value instanceof List<?> list && list.stream().allMatch(w -> w instanceof String)) {
                list.forEach(w -> {
                    if (!((String) w).isBlank()) {
                        words.add(((String) w).strip());
                    }
                });
            }
            if (words.isEmpty() || String.valueOf(word).isBlank()) {
                problems.report(Problem.error(SourcePosition.of(display, doc.lineOf(word, 1)),
                        "synonyms of '" + word + "' must be a list of words, e.g. " + word + ": [广告, 违规]"));
            } else {
                synonyms.put(String.valueOf(word).strip(), List.copyOf(words));
            }
        });
        return synonyms;
    }
}
