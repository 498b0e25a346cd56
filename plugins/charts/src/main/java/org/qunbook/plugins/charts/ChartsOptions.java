package org.qunbook.plugins.charts;

import java.util.List;

/**
 * The plugin's {@code options:} in {@code qunbook.yml}.
 *
 * @param quadrantType  the content type whose pages sit on the intent × order-value quadrant
 * @param quadrantPages true to show the quadrant, own cell highlighted, on every page placed on it
 * @param stages        the lifecycle's stages in order: the {@code stage} value pages declare, its name, its goal
 * @param latest        how many recently updated pages the home page lists (0: none)
 */
public record ChartsOptions(String quadrantType, Boolean quadrantPages, List<Stage> stages, Integer latest) {

    /** One lifecycle stage. */
    public record Stage(String key, String label, String goal) {
        public Stage {
            key = key == null ? "" : key;
            label = label == null || label.isEmpty() ? key : label;
            goal = goal == null ? "" : goal;
        }
    }

    public ChartsOptions {
        quadrantType = quadrantType == null ? "group-type" : quadrantType;
        quadrantPages = quadrantPages == null || quadrantPages;
        stages = stages == null ? List.of() : List.copyOf(stages);
        latest = latest == null ? 6 : latest;
    }

    /** The configured stages, else the five of the handbook's model under their usual keys. */
    List<Stage> stagesOrDefault(String language) {
        if (!stages.isEmpty()) {
            return stages;
        }
        List<String> keys = List.of("launch", "growth", "mature", "silent", "churn");
        List<String> labels = language.startsWith("en") ? List.of("Launch", "Growth", "Mature", "Silent", "Churn")
                : List.of("初建", "成长", "成熟", "沉默", "流失");
        return java.util.stream.IntStream.range(0, keys.size())
                .mapToObj(i -> new Stage(keys.get(i), labels.get(i), "")).toList();
    }
}
