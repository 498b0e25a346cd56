package org.qunbook.plugins.charts;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Element;

/**
 * A data chart as it goes into the page: a {@code <figure>} with the caption, the SVG and the data
 * as a table in a {@code <details>} (for copying, and for readers who want the numbers).
 */
final class DataFigure {

    private DataFigure() {
    }

    /**
     * @param id    page-unique prefix for ids inside the figure
     * @param table true to add the data table (false when the writer's own table follows the chart)
     */
    static Element render(ChartSpec spec, String id, UiText text, boolean table) {
        String title = spec.title().isEmpty() ? text.typeName(spec.type()) : spec.title();
        String description = spec.description().isEmpty() ? describe(spec, text) : spec.description();
        Element svg = switch (spec.type()) {
            case BAR -> new AxisChart(spec, false).draw(id, title, description);
            case LINE -> new AxisChart(spec, true).draw(id, title, description);
            case PIE -> PieChart.draw(spec, id, title, description);
            case FUNNEL -> FunnelChart.draw(spec, id, title, description, text);
            default -> throw new IllegalArgumentException("not a data chart: " + spec.type());
        };
        Element figure = new Element("figure").addClass("chart").addClass("chart-" + spec.type().id());
        if (!spec.title().isEmpty()) {
            figure.appendElement("figcaption").addClass("chart-caption").text(spec.title());
        }
        figure.appendChild(svg);
        if (table) {
            figure.appendChild(table(spec, text));
        }
        return figure;
    }

    /** The data in one sentence, e.g. {@code 柱状图。新增：一月 120，二月 150。}. */
    static String describe(ChartSpec spec, UiText text) {
        List<String> parts = new ArrayList<>();
        for (Series series : spec.series()) {
            List<String> items = new ArrayList<>();
            for (int i = 0; i < spec.labels().size(); i++) {
                items.add(spec.labels().get(i) + " " + Numbers.withUnit(series.values().get(i), spec.unit()));
            }
            parts.add((series.name().isEmpty() ? "" : series.name() + (text.listSep().equals("；") ? "：" : ": "))
                    + String.join(text.itemSep(), items));
        }
        return text.typeName(spec.type()) + (text.listSep().equals("；") ? "。" : ". ") + String.join(text.listSep(), parts);
    }

    private static Element table(ChartSpec spec, UiText text) {
        Element details = new Element("details").addClass("chart-data");
        details.appendElement("summary").text(text.dataTable());
        Element table = details.appendElement("table").addClass("chart-table");
        Element head = table.appendElement("thead").appendElement("tr");
        head.appendElement("th").attr("scope", "col").text(text.label());
        for (Series series : spec.series()) {
            head.appendElement("th").attr("scope", "col").text(series.name().isEmpty() ? text.value() : series.name());
        }
        Element body = table.appendElement("tbody");
        for (int i = 0; i < spec.labels().size(); i++) {
            Element row = body.appendElement("tr");
            row.appendElement("th").attr("scope", "row").text(spec.labels().get(i));
            for (Series series : spec.series()) {
                row.appendElement("td").text(Numbers.withUnit(series.values().get(i), spec.unit()));
            }
        }
        return details;
    }
}
