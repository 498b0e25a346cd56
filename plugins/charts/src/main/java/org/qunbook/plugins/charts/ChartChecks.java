package org.qunbook.plugins.charts;

import java.util.Optional;

/** Rules a chart's numbers must meet for its type, whichever way they were given. */
final class ChartChecks {

    private ChartChecks() {
    }

    /** What is wrong with {@code spec} for its type, if anything. */
    static Optional<String> check(ChartSpec spec) {
        if (spec.series().isEmpty() || spec.labels().isEmpty()) {
            return Optional.of("the chart has no data");
        }
        String type = spec.type().id();
        if ((spec.type() == ChartType.PIE || spec.type() == ChartType.FUNNEL) && spec.series().size() > 1) {
            return Optional.of("a " + type + " chart takes one series, this one has " + spec.series().size());
        }
        boolean negative = spec.series().stream().flatMap(s -> s.values().stream()).anyMatch(v -> v < 0);
        if (negative && spec.type() != ChartType.LINE && spec.type() != ChartType.BAR) {
            return Optional.of("a " + type + " chart cannot show negative values");
        }
        if (negative) {
            return Optional.of("negative values are not supported yet: the axis starts at 0");
        }
        if (spec.type() == ChartType.PIE && spec.series().get(0).values().stream().mapToDouble(Double::doubleValue).sum() <= 0) {
            return Optional.of("a pie chart's values add up to 0");
        }
        if (spec.type() == ChartType.LINE && spec.labels().size() < 2) {
            return Optional.of("a line chart needs at least two labels");
        }
        return Optional.empty();
    }
}
