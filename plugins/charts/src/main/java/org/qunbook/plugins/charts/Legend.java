package org.qunbook.plugins.charts;

import java.util.List;
import org.jsoup.nodes.Element;

/** A one-line legend: a swatch and the name of each series, in the series' colours. */
final class Legend {

    static final double HEIGHT = 22;
    private static final double FONT = 12;

    private Legend() {
    }

    static void draw(Element svg, List<String> names, double x, double y, double width) {
        Element legend = svg.appendElement("g").addClass("chart-legend");
        double slot = width / names.size();
        for (int i = 0; i < names.size(); i++) {
            Element item = legend.appendElement("g").addClass("chart-s" + (i % 6 + 1));
            double left = x + slot * i;
            Svg.rect(item, left, y, 12, 12, "chart-swatch");
            Svg.text(item, left + 17, y + 11, "start", "chart-legend-text", Svg.fit(names.get(i), FONT, slot - 22));
        }
    }
}
