package org.qunbook.plugins.charts;

import java.util.List;

/**
 * One named row of numbers, one per label.
 *
 * @param name   legend text ({@code ""} for a chart's only, unnamed series)
 * @param values one value per label
 */
record Series(String name, List<Double> values) {
    Series {
        values = List.copyOf(values);
    }
}
