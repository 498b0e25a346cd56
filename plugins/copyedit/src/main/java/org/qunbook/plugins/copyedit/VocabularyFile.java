package org.qunbook.plugins.copyedit;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.qunbook.api.FrontMatter;
import org.qunbook.api.Problem;
import org.qunbook.api.ProblemReporter;

/** Reads {@code vocabulary.yml}: {@code 常规爆款: [常规畅销品, 常规热门款]}, one preferred term a key. */
final class VocabularyFile {

    private VocabularyFile() {
    }

    static Vocabulary read(Optional<FrontMatter> file, ProblemReporter problems) {
        if (file.isEmpty()) {
            return Vocabulary.EMPTY;
        }
        FrontMatter yaml = file.get();
        Map<String, List<String>> byVariant = new LinkedHashMap<>();
        for (String term : yaml.keys()) {
            Object value = yaml.find(term).orElse(null);
            if (!(value instanceof List<?> list) || list.stream().anyMatch(v -> v instanceof Map || v instanceof List)) {
                problems.report(Problem.error(yaml.positionOf(term), "vocabulary: '" + term + "' must map to a list "
                        + "of the variants to replace, e.g. " + term + ": [variant one, variant two]"));
                continue;
            }
            for (String variant : yaml.strings(term)) {
                String v = variant.strip();
                if (v.isEmpty()) {
                    continue;
                }
                if (yaml.keys().contains(v)) {
                    problems.report(Problem.error(yaml.positionOf(term), "vocabulary: '" + v + "' is a preferred "
                            + "term and a variant of '" + term + "'; list it in one place"));
                    continue;
                }
                List<String> terms = byVariant.computeIfAbsent(v, k -> new ArrayList<>());
                if (!terms.contains(term)) {
                    terms.add(term);
                }
            }
        }
        return new Vocabulary(byVariant);
    }
}
