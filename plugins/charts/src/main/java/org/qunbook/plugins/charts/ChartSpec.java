package org.qunbook.plugins.charts;

import java.util.List;

/**
 * A chart as the writer described it, checked: every series has one value per label.
 *
 * @param type        what to draw
 * @param title       the chart's title ({@code <title>} and caption); may be empty
 * @param description a sentence for screen readers ({@code <desc>}); generated from the data when empty
 * @param unit        appended to values in labels and the data table ({@code 人}, {@code %}); may be empty
 * @param labels      category names (bars, points, slices, funnel steps)
 * @param series      the numbers
 */
record ChartSpec(ChartType type, String title, String description, String unit, List<String> labels,
                 List<Series> series) {
    ChartSpec {
        labels = List.copyOf(labels);
        series = List.copyOf(series);
    }
}
