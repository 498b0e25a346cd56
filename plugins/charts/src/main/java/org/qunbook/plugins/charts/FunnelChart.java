package org.qunbook.plugins.charts;

import java.util.List;
import org.jsoup.nodes.Element;

/**
 * A conversion funnel: one centred bar per step, its width in proportion to the first step's value,
 * the step's name on the left and its value and share of the step before on the right.
 */
final class FunnelChart {

    private static final double WIDTH = 480;
    private static final double ROW = 44;
    private static final double BAR = 34;
    private static final double FONT = 13;
    private static final double LABELS = 112;
    private static final double VALUES = 110;

    private FunnelChart() {
    }

    static Element draw(ChartSpec spec, String id, String title, String description, UiText text) {
        List<Double> values = spec.series().get(0).values();
        double max = values.stream().mapToDouble(Double::doubleValue).max().orElse(0);
        double height = ROW * values.size() + 4;
        Element svg = Svg.root(id, WIDTH, height, title, description, "funnel");
        double barsLeft = LABELS + 8;
        double barsWidth = WIDTH - barsLeft - VALUES - 8;
        double centre = barsLeft + barsWidth / 2;
        for (int i = 0; i < values.size(); i++) {
            double value = values.get(i);
            double y = 2 + ROW * i;
            Element step = svg.appendElement("g").addClass("chart-step").addClass("chart-s1");
            double width = max <= 0 ? 0 : Math.max(2, barsWidth * value / max);
            Svg.rect(step, centre - width / 2, y, width, BAR, "chart-bar");
            Svg.text(step, LABELS, y + BAR / 2 + 5, "end", "chart-label", Svg.fit(spec.labels().get(i), FONT, LABELS));
            String label = Numbers.withUnit(value, spec.unit());
            if (i > 0 && values.get(i - 1) > 0) {
                label += "（" + Numbers.format(Math.round(value / values.get(i - 1) * 1000) / 10.0) + "%）";
            }
            Svg.text(step, WIDTH - VALUES, y + BAR / 2 + 5, "start", "chart-value", label);
        }
        return svg;
    }
}
