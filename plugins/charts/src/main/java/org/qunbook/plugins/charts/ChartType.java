package org.qunbook.plugins.charts;

import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/** What a {@code ```chart} block may draw: from its own data, or from the site's front matter. */
enum ChartType {
    BAR(true), LINE(true), PIE(true), FUNNEL(true), QUADRANT(false), LIFECYCLE(false);

    /** True when the block carries the data (labels and series, or a table after it). */
    final boolean takesData;

    ChartType(boolean takesData) {
        this.takesData = takesData;
    }

    String id() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    static Optional<ChartType> of(String id) {
        return Arrays.stream(values()).filter(t -> t.id().equals(id)).findFirst();
    }

    static String allIds() {
        return Arrays.stream(values()).map(ChartType::id).collect(Collectors.joining(", "));
    }
}
