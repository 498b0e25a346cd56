package org.qunbook.cli.ci;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A CI config read as jobs of ordered steps, the same shape for both forges: a GitHub Actions step,
 * or one line of a GitLab job's {@code before_script}/{@code script}.
 */
record CiConfig(String file, Forge forge, List<Job> jobs) {

    enum Forge { GITHUB, GITLAB }

    /** A job; {@code node} is its YAML (GitLab's {@code artifacts} are read from it). */
    record Job(String name, List<Step> steps, JsonNode node) {
    }

    /**
     * A step: its shell commands (words), and for a GitHub step its {@code uses}, {@code with},
     * {@code if} and {@code id} (empty strings and a missing node where absent).
     */
    record Step(String label, List<List<String>> commands, String uses, JsonNode with, String condition, String id) {
    }

    private static final YAMLMapper YAML = new YAMLMapper();
    /** GitHub expressions may hold spaces: {@code ${{ steps.pages.outputs.base_url }}} becomes one word. */
    private static final Pattern EXPRESSION = Pattern.compile("\\$\\{\\{(.*?)}}");
    private static final Set<String> GITLAB_KEYWORDS = Set.of("image", "services", "stages", "types", "before_script",
            "after_script", "variables", "cache", "include", "workflow", "default", "pages:deploy");

    static CiConfig github(String file, String yaml) {
        List<Job> jobs = new ArrayList<>();
        for (Map.Entry<String, JsonNode> job : fields(read(yaml).path("jobs"))) {
            List<Step> steps = new ArrayList<>();
            for (JsonNode step : job.getValue().path("steps")) {
                String run = step.path("run").asText("");
                String uses = step.path("uses").asText("");
                String label = step.path("name").asText(uses.isEmpty() ? firstLine(run) : uses);
                steps.add(new Step("step '" + label + "'", ShellWords.commands(oneWordExpressions(run)), uses,
                        step.path("with"), step.path("if").asText(""), step.path("id").asText("")));
            }
            jobs.add(new Job(job.getKey(), steps, job.getValue()));
        }
        return new CiConfig(file, Forge.GITHUB, jobs);
    }

    static CiConfig gitlab(String file, String yaml) {
        JsonNode root = read(yaml);
        List<Job> jobs = new ArrayList<>();
        for (Map.Entry<String, JsonNode> job : fields(root)) {
            JsonNode node = job.getValue();
            if (GITLAB_KEYWORDS.contains(job.getKey()) || job.getKey().startsWith(".") || !node.has("script")) {
                continue;
            }
            List<Step> steps = new ArrayList<>();
            JsonNode beforeScript = node.has("before_script") ? node.path("before_script")
                    : root.path("default").path("before_script");
            for (JsonNode section : List.of(beforeScript, node.path("script"))) {
                for (JsonNode line : section.isArray() ? section : List.of(section)) {
                    if (line.isTextual()) {
                        steps.add(new Step("script line '" + firstLine(line.asText()) + "'",
                                ShellWords.commands(line.asText()), "", MissingNode.getInstance(), "", ""));
                    }
                }
            }
            jobs.add(new Job(job.getKey(), steps, node));
        }
        return new CiConfig(file, Forge.GITLAB, jobs);
    }

    private static JsonNode read(String yaml) {
        try {
            return YAML.readTree(yaml);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<Map.Entry<String, JsonNode>> fields(JsonNode node) {
        List<Map.Entry<String, JsonNode>> fields = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
            fields.add(it.next());
        }
        return fields;
    }

    private static String oneWordExpressions(String run) {
        Matcher m = EXPRESSION.matcher(run);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement("${{" + m.group(1).replaceAll("\\s+", "") + "}}"));
        }
        return m.appendTail(out).toString();
    }

    private static String firstLine(String text) {
        String line = text.strip().lines().findFirst().orElse("");
        return line.length() > 60 ? line.substring(0, 57) + "..." : line;
    }
}
