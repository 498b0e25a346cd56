package org.qunbook.load;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.qunbook.api.Problem;
import org.qunbook.api.ProblemReporter;
import org.qunbook.config.ContentType;
import org.qunbook.config.FieldKind;
import org.qunbook.config.FieldSpec;
import org.qunbook.problem.DidYouMean;

/**
 * Checks a page's front matter against the keys every page may have and its type's fields:
 * missing required keys, wrong value types, values outside the allowed list, unknown keys.
 */
public final class FrontMatterSchema {

    /** Keys every page may set. A type may redeclare one (the glossary's {@code aliases}). */
    static final Map<String, FieldSpec> COMMON = commonFields();

    private static Map<String, FieldSpec> commonFields() {
        Map<String, FieldSpec> fields = new LinkedHashMap<>();
        fields.put("title", FieldSpec.of(FieldKind.STRING));
        fields.put("summary", FieldSpec.of(FieldKind.STRING));
        fields.put("tags", FieldSpec.of(FieldKind.LIST));
        fields.put("weight", FieldSpec.of(FieldKind.INTEGER));
        fields.put("draft", FieldSpec.of(FieldKind.BOOLEAN));
        fields.put("slug", FieldSpec.of(FieldKind.STRING));
        fields.put("aliases", FieldSpec.of(FieldKind.LIST));
        fields.put("date", FieldSpec.of(FieldKind.DATE));
        fields.put("updated", FieldSpec.of(FieldKind.DATE));
        fields.put("image", FieldSpec.of(FieldKind.STRING));
        // Upkeep: who keeps the page true, when it was last checked, how often it must be.
        fields.put("owner", FieldSpec.of(FieldKind.STRING));
        fields.put("reviewed", FieldSpec.of(FieldKind.DATE));
        fields.put("review_every", FieldSpec.of(FieldKind.STRING));
        return Map.copyOf(fields);
    }

    /**
     * @param type      the page's type; its fields and required keys apply to regular pages only
     * @param isSection section pages ({@code _index.md}) take the common keys only
     */
    public void check(PageFrontMatter frontMatter, Optional<ContentType> type, boolean isSection,
                      ProblemReporter problems) {
        Map<String, FieldSpec> allowed = new LinkedHashMap<>(COMMON);
        List<String> required = new ArrayList<>(List.of("title"));
        if (type.isPresent() && !isSection) {
            allowed.putAll(type.get().fields());
            required.addAll(type.get().required());
        }
        for (String key : required) {
            if (frontMatter.find(key).isEmpty()) {
                String what = type.isPresent() && !isSection ? " for a " + type.get().name() + " page" : "";
                problems.report(Problem.error(frontMatter.positionOf("---"),
                        "missing required front matter key '" + key + "'" + what));
            }
        }
        for (String key : frontMatter.keys()) {
            FieldSpec spec = allowed.get(key);
            if (spec == null) {
                String where = type.isPresent() && !isSection ? " for a " + type.get().name() + " page" : "";
                problems.report(Problem.error(frontMatter.positionOf(key), "unknown front matter key '" + key + "'"
                        + where + DidYouMean.hint(key, allowed.keySet())));
                continue;
            }
            Object value = frontMatter.find(key).orElse(null);
            if (value == null) {
                continue;
            }
            if (key.equals("review_every") && value instanceof String text
                    && org.qunbook.config.ReviewInterval.parse(text).isEmpty()) {
                problems.report(Problem.error(frontMatter.positionOf(key), "'" + text
                        + "' is not a review interval; write " + org.qunbook.config.ReviewInterval.HINT));
            } else if (!spec.kind().accepts(value)) {
                problems.report(Problem.error(frontMatter.positionOf(key), "front matter key '" + key + "' must be "
                        + spec.kind().description() + ", got " + describe(value)));
            } else if (!spec.values().isEmpty() && !isAllowed(value, spec.values())) {
                List<String> names = spec.values().stream().map(String::valueOf).toList();
                problems.report(Problem.error(frontMatter.positionOf(key), "front matter key '" + key
                        + "' must be one of " + String.join(", ", names) + ", got " + describe(value)
                        + (value instanceof String s ? DidYouMean.hint(s, names) : "")));
            }
        }
    }

    private static boolean isAllowed(Object value, List<Object> allowed) {
        if (value instanceof List<?> list) {
            return list.stream().allMatch(v -> isAllowed(v, allowed));
        }
        return allowed.stream().anyMatch(a -> String.valueOf(a).equals(String.valueOf(value)));
    }

    private static String describe(Object value) {
        if (value instanceof String s) {
            return "'" + s + "'";
        }
        if (value instanceof List) {
            return "a list";
        }
        if (value instanceof Map) {
            return "a mapping";
        }
        return String.valueOf(value);
    }
}
