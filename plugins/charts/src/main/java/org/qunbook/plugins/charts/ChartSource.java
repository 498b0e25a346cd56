package org.qunbook.plugins.charts;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads the YAML body of a {@code ```chart} block. Only the small subset a chart needs is accepted
 * ({@code key: value}, flow lists {@code [a, b]}, and {@code series:} as a block list of
 * {@code name}/{@code values} mappings), so every mistake can be named precisely with its line;
 * the plugin API offers no YAML parser and plugins depend on nothing else.
 */
final class ChartSource {

    static final List<String> KEYS = List.of("type", "title", "description", "unit", "labels", "values", "series");
    static final List<String> SERIES_KEYS = List.of("name", "values");

    /** A problem at a line of the block's body (0-based; -1 is the opening fence). */
    record LineProblem(int line, String message) {
    }

    /**
     * The block read.
     *
     * @param spec      the chart, absent when the block has errors or takes its data from a table
     * @param type      the chart type when it could be read
     * @param title     title, for a table-fed chart
     * @param description description, for a table-fed chart
     * @param unit      unit, for a table-fed chart
     * @param wantsTable true when the block has no data and a Markdown table after it must supply it
     * @param problems  what is wrong
     */
    record Read(Optional<ChartSpec> spec, Optional<ChartType> type, String title, String description, String unit,
                boolean wantsTable, List<LineProblem> problems) {
    }

    private record Entry(String value, int line) {
    }

    private ChartSource() {
    }

    static Read read(String body) {
        List<LineProblem> problems = new ArrayList<>();
        Map<String, Entry> top = new LinkedHashMap<>();
        List<Map<String, Entry>> seriesItems = new ArrayList<>();
        List<Integer> seriesLines = new ArrayList<>();
        String[] lines = body.split("\n", -1);
        boolean inSeries = false;
        for (int i = 0; i < lines.length; i++) {
            String raw = lines[i].stripTrailing();
            String trimmed = raw.strip();
            if (trimmed.isEmpty() || trimmed.startsWith("#")) {
                continue;
            }
            boolean indented = Character.isWhitespace(raw.charAt(0));
            if (!indented) {
                inSeries = false;
                int colon = raw.indexOf(':');
                if (colon < 0) {
                    problems.add(new LineProblem(i, "expected 'key: value' in the chart block, found '" + trimmed + "'"));
                    continue;
                }
                String key = raw.substring(0, colon).strip();
                String value = raw.substring(colon + 1).strip();
                if (!KEYS.contains(key)) {
                    problems.add(new LineProblem(i, "unknown key '" + key + "' in the chart block"
                            + Suggestions.didYouMean(key, KEYS) + "; keys: " + String.join(", ", KEYS)));
                    continue;
                }
                if (top.containsKey(key)) {
                    problems.add(new LineProblem(i, "'" + key + "' is given twice in the chart block"));
                    continue;
                }
                top.put(key, new Entry(value, i));
                if (key.equals("series")) {
                    if (!value.isEmpty()) {
                        problems.add(new LineProblem(i, "'series' is a list of '- name: …' items on the lines below it"));
                    }
                    inSeries = true;
                }
                continue;
            }
            if (!inSeries) {
                problems.add(new LineProblem(i, "unexpected indented line in the chart block: only 'series' has items"));
                continue;
            }
            String item = trimmed;
            if (item.startsWith("- ") || item.equals("-")) {
                seriesItems.add(new LinkedHashMap<>());
                seriesLines.add(i);
                item = item.substring(1).strip();
                if (item.isEmpty()) {
                    continue;
                }
            } else if (seriesItems.isEmpty()) {
                problems.add(new LineProblem(i, "a series starts with '- name: …'"));
                continue;
            }
            int colon = item.indexOf(':');
            if (colon < 0) {
                problems.add(new LineProblem(i, "expected 'name: …' or 'values: [...]' in a series, found '" + item + "'"));
                continue;
            }
            String key = item.substring(0, colon).strip();
            if (!SERIES_KEYS.contains(key)) {
                problems.add(new LineProblem(i, "unknown key '" + key + "' in a series" + Suggestions.didYouMean(key, SERIES_KEYS)
                        + "; a series has name and values"));
                continue;
            }
            seriesItems.get(seriesItems.size() - 1).put(key, new Entry(item.substring(colon + 1).strip(), i));
        }

        Optional<ChartType> type = Optional.empty();
        Entry typeEntry = top.get("type");
        if (typeEntry == null) {
            problems.add(new LineProblem(-1, "the chart block has no 'type': one of " + ChartType.allIds()));
        } else {
            String id = unquote(typeEntry.value());
            type = ChartType.of(id);
            if (type.isEmpty()) {
                problems.add(new LineProblem(typeEntry.line(), "unknown chart type '" + id + "'"
                        + Suggestions.didYouMean(id, java.util.Arrays.stream(ChartType.values()).map(ChartType::id).toList())
                        + "; one of " + ChartType.allIds()));
            }
        }
        String title = scalar(top, "title");
        String description = scalar(top, "description");
        String unit = scalar(top, "unit");

        if (type.isPresent() && !type.get().takesData) {
            for (String key : List.of("labels", "values", "series", "unit")) {
                if (top.containsKey(key)) {
                    problems.add(new LineProblem(top.get(key).line(), "a " + type.get().id()
                            + " chart is drawn from the site's pages and takes no '" + key + "'"));
                }
            }
            return new Read(Optional.empty(), type, title, description, unit, false, List.copyOf(problems));
        }

        boolean hasData = top.containsKey("labels") || top.containsKey("values") || top.containsKey("series");
        if (!hasData) {
            return new Read(Optional.empty(), type, title, description, unit, true, List.copyOf(problems));
        }
        List<String> labels = List.of();
        Entry labelsEntry = top.get("labels");
        if (labelsEntry == null) {
            problems.add(new LineProblem(-1, "the chart block has data but no 'labels: [...]' naming each value"));
        } else {
            Optional<List<String>> list = flowList(labelsEntry, "labels", problems);
            labels = list.orElse(List.of());
            if (list.isPresent() && labels.isEmpty()) {
                problems.add(new LineProblem(labelsEntry.line(), "'labels' is empty"));
            }
        }
        List<Series> series = new ArrayList<>();
        if (top.containsKey("values") && top.containsKey("series")) {
            problems.add(new LineProblem(top.get("values").line(),
                    "give either 'values' (one series) or 'series' (several), not both"));
        } else if (top.containsKey("values")) {
            numbers(top.get("values"), labels, problems).ifPresent(v -> series.add(new Series("", v)));
        } else if (top.containsKey("series")) {
            if (seriesItems.isEmpty()) {
                problems.add(new LineProblem(top.get("series").line(), "'series' has no items: add '- name: …' and '  values: [...]'"));
            }
            for (int s = 0; s < seriesItems.size(); s++) {
                Map<String, Entry> item = seriesItems.get(s);
                String name = item.containsKey("name") ? unquote(item.get("name").value()) : "";
                if (name.isEmpty()) {
                    problems.add(new LineProblem(seriesLines.get(s), "series " + (s + 1) + " has no 'name'"));
                }
                Entry values = item.get("values");
                if (values == null) {
                    problems.add(new LineProblem(seriesLines.get(s), "series '" + name + "' has no 'values: [...]'"));
                    continue;
                }
                numbers(values, labels, problems).ifPresent(v -> series.add(new Series(name, v)));
            }
        }
        if (!problems.isEmpty()) {
            return new Read(Optional.empty(), type, title, description, unit, false, List.copyOf(problems));
        }
        ChartSpec spec = new ChartSpec(type.orElseThrow(), title, description, unit, labels, series);
        ChartChecks.check(spec).ifPresent(message -> problems.add(new LineProblem(typeEntry.line(), message)));
        return new Read(problems.isEmpty() ? Optional.of(spec) : Optional.empty(), type, title, description, unit,
                false, List.copyOf(problems));
    }

    private static String scalar(Map<String, Entry> top, String key) {
        Entry entry = top.get(key);
        return entry == null ? "" : unquote(entry.value());
    }

    private static Optional<List<Double>> numbers(Entry entry, List<String> labels, List<LineProblem> problems) {
        Optional<List<String>> items = flowList(entry, "values", problems);
        if (items.isEmpty()) {
            return Optional.empty();
        }
        List<Double> values = new ArrayList<>();
        for (String item : items.get()) {
            Optional<Double> number = Numbers.parse(item);
            if (number.isEmpty()) {
                problems.add(new LineProblem(entry.line(), "'" + item + "' is not a number"
                        + (item.endsWith("%") ? " (write the number and set 'unit: %')" : "")));
                return Optional.empty();
            }
            values.add(number.get());
        }
        if (!labels.isEmpty() && values.size() != labels.size()) {
            problems.add(new LineProblem(entry.line(), "'values' has " + values.size() + (values.size() == 1 ? " number" : " numbers")
                    + " but 'labels' has " + labels.size() + ": give one value per label"));
            return Optional.empty();
        }
        return Optional.of(values);
    }

    /** {@code [a, "b, c", 3]} → its items; a problem when the value is not a flow list. */
    private static Optional<List<String>> flowList(Entry entry, String key, List<LineProblem> problems) {
        String value = entry.value();
        if (!value.startsWith("[") || !value.endsWith("]")) {
            problems.add(new LineProblem(entry.line(), "'" + key + "' is a list in brackets, e.g. " + key
                    + (key.equals("labels") ? ": [一月, 二月, 三月]" : ": [120, 80, 45]")));
            return Optional.empty();
        }
        List<String> items = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        char quote = 0;
        String inner = value.substring(1, value.length() - 1);
        for (int i = 0; i < inner.length(); i++) {
            char c = inner.charAt(i);
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                } else {
                    current.append(c);
                }
            } else if (c == '"' || c == '\'') {
                quote = c;
            } else if (c == ',' || c == '，') {
                items.add(current.toString().strip());
                current.setLength(0);
            } else {
                current.append(c);
            }
        }
        if (quote != 0) {
            problems.add(new LineProblem(entry.line(), "unclosed quote in '" + key + "'"));
            return Optional.empty();
        }
        String last = current.toString().strip();
        if (!last.isEmpty() || !items.isEmpty()) {
            items.add(last);
        }
        if (items.stream().anyMatch(String::isEmpty)) {
            problems.add(new LineProblem(entry.line(), "'" + key + "' has an empty item"));
            return Optional.empty();
        }
        return Optional.of(List.copyOf(items));
    }

    static String unquote(String value) {
        if (value.length() >= 2 && (value.startsWith("\"") && value.endsWith("\"")
                || value.startsWith("'") && value.endsWith("'"))) {
            return value.substring(1, value.length() - 1);
        }
        return value;
    }
}
