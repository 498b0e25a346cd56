package org.qunbook.plugins.charts;

import java.util.List;
import org.jsoup.nodes.Element;

/** A pie with a legend beside it giving each slice's value and share. */
final class PieChart {

    private static final double WIDTH = 480;
    private static final double RADIUS = 100;
    private static final double ROW = 24;
    private static final double FONT = 13;

    private PieChart() {
    }

    static Element draw(ChartSpec spec, String id, String title, String description) {
        List<Double> values = spec.series().get(0).values();
        double total = values.stream().mapToDouble(Double::doubleValue).sum();
        double height = Math.max(2 * RADIUS + 24, 16 + ROW * values.size());
        Element svg = Svg.root(id, WIDTH, height, title, description, "pie");
        double cx = 12 + RADIUS;
        double cy = height / 2;
        Element slices = svg.appendElement("g").addClass("chart-slices");
        double angle = 0;
        for (int i = 0; i < values.size(); i++) {
            double share = values.get(i) / total;
            String cls = "chart-s" + (i % 6 + 1);
            if (share >= 0.9999) {
                slices.appendElement("circle").attr("cx", Numbers.coordinate(cx)).attr("cy", Numbers.coordinate(cy))
                        .attr("r", Numbers.coordinate(RADIUS)).addClass("chart-slice").addClass(cls);
            } else if (share > 0) {
                double end = angle + share * 2 * Math.PI;
                String d = "M" + Numbers.coordinate(cx) + " " + Numbers.coordinate(cy)
                        + " L" + Numbers.coordinate(cx + RADIUS * Math.sin(angle)) + " " + Numbers.coordinate(cy - RADIUS * Math.cos(angle))
                        + " A" + Numbers.coordinate(RADIUS) + " " + Numbers.coordinate(RADIUS) + " 0 " + (share > 0.5 ? 1 : 0) + " 1 "
                        + Numbers.coordinate(cx + RADIUS * Math.sin(end)) + " " + Numbers.coordinate(cy - RADIUS * Math.cos(end)) + " Z";
                slices.appendElement("path").attr("d", d).addClass("chart-slice").addClass(cls);
                angle = end;
            }
        }
        Element legend = svg.appendElement("g").addClass("chart-legend");
        double x = cx + RADIUS + 28;
        double y0 = cy - ROW * values.size() / 2;
        for (int i = 0; i < values.size(); i++) {
            Element item = legend.appendElement("g").addClass("chart-s" + (i % 6 + 1));
            double y = y0 + ROW * i;
            Svg.rect(item, x, y + 5, 12, 12, "chart-swatch");
            String share = Numbers.format(Math.round(values.get(i) / total * 1000) / 10.0) + "%";
            String text = spec.labels().get(i) + " " + Numbers.withUnit(values.get(i), spec.unit()) + "（" + share + "）";
            Svg.text(item, x + 18, y + 16, "start", "chart-legend-text", Svg.fit(text, FONT, WIDTH - x - 22));
        }
        return svg;
    }
}
