package org.qunbook.plugins.charts;

import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.jsoup.nodes.Element;

/**
 * The intent × order-value quadrant: order value along the bottom (low → high), intent up the side
 * (low → high), each cell naming and linking its group type; the current page's cell highlighted.
 */
final class QuadrantChart {

    private static final double WIDTH = 480;
    private static final double HEIGHT = 300;
    private static final double LEFT = 40;
    private static final double TOP = 6;
    private static final double BOTTOM = 254;
    private static final double RIGHT = 474;

    private QuadrantChart() {
    }

    /**
     * @param current the URL of the page showing the chart, whose cell is highlighted ({@code ""}: none)
     * @param href    turns a site URL into the link to write
     */
    static Element render(List<QuadrantCell> cells, String current, String id, UnaryOperator<String> href,
                          UiText text, String title) {
        String caption = title.isEmpty() ? text.quadrantTitle() : title;
        Element svg = Svg.linkedRoot(id, WIDTH, HEIGHT, caption, describe(cells, text), "quadrant");
        double cellWidth = (RIGHT - LEFT) / 2;
        double cellHeight = (BOTTOM - TOP) / 2;
        for (boolean highIntent : new boolean[] {true, false}) {
            for (boolean highOrder : new boolean[] {false, true}) {
                double x = LEFT + (highOrder ? cellWidth : 0);
                double y = TOP + (highIntent ? 0 : cellHeight);
                Optional<QuadrantCell> cell = cells.stream()
                        .filter(c -> c.highIntent() == highIntent && c.highOrderValue() == highOrder).findFirst();
                String note = text.intent() + level(highIntent, text) + " · " + text.orderValue() + level(highOrder, text);
                Element group = svg.appendElement("g").addClass("chart-cell");
                Element target = group;
                if (cell.isPresent() && !cell.get().url().equals(current)) {
                    target = group.appendElement("a").attr("href", href.apply(cell.get().url())).addClass("chart-cell-link");
                } else if (cell.isPresent()) {
                    group.addClass("chart-cell-current");
                } else {
                    group.addClass("chart-cell-empty");
                }
                Svg.rect(target, x + 3, y + 3, cellWidth - 6, cellHeight - 6, "chart-cell-box").attr("rx", "6");
                String name = cell.map(QuadrantCell::title).orElse("—");
                Svg.text(target, x + cellWidth / 2, y + cellHeight / 2 + 2, "middle", "chart-cell-title",
                        Svg.fit(name, 17, cellWidth - 20));
                Svg.text(target, x + cellWidth / 2, y + cellHeight / 2 + 26, "middle", "chart-cell-note", note);
                if (cell.isPresent() && cell.get().url().equals(current)) {
                    Svg.text(target, x + cellWidth / 2, y + 24, "middle", "chart-cell-mark", "● " + text.currentCell());
                }
            }
        }
        Element axes = svg.appendElement("g").addClass("chart-axes");
        Svg.text(axes, LEFT + 4, BOTTOM + 20, "start", "chart-tick", text.low());
        Svg.text(axes, RIGHT - 4, BOTTOM + 20, "end", "chart-tick", text.high());
        Svg.text(axes, (LEFT + RIGHT) / 2, BOTTOM + 38, "middle", "chart-axis-title", text.orderValue() + " →");
        Svg.text(axes, LEFT - 8, BOTTOM - 6, "end", "chart-tick", text.low());
        Svg.text(axes, LEFT - 8, TOP + 16, "end", "chart-tick", text.high());
        Svg.text(axes, 18, (TOP + BOTTOM) / 2, "middle", "chart-axis-title", text.intent() + " →")
                .attr("transform", "rotate(-90 18 " + Numbers.coordinate((TOP + BOTTOM) / 2) + ")");

        Element figure = new Element("figure").addClass("chart").addClass("chart-quadrant");
        figure.appendElement("figcaption").addClass("chart-caption").text(caption);
        figure.appendChild(svg);
        figure.appendChild(table(cells, current, href, text));
        return figure;
    }

    private static String level(boolean high, UiText text) {
        return high ? text.high() : text.low();
    }

    private static String describe(List<QuadrantCell> cells, UiText text) {
        StringBuilder out = new StringBuilder();
        for (QuadrantCell cell : cells) {
            if (!out.isEmpty()) {
                out.append(text.listSep());
            }
            out.append(cell.title()).append(text.listSep().equals("；") ? "：" : ": ").append(text.intent())
                    .append(level(cell.highIntent(), text)).append(text.itemSep()).append(text.orderValue())
                    .append(level(cell.highOrderValue(), text));
        }
        return out.toString();
    }

    private static Element table(List<QuadrantCell> cells, String current, UnaryOperator<String> href, UiText text) {
        Element details = new Element("details").addClass("chart-data");
        details.appendElement("summary").text(text.dataTable());
        Element table = details.appendElement("table").addClass("chart-table");
        Element head = table.appendElement("thead").appendElement("tr");
        head.appendElement("th").attr("scope", "col").text(text.label());
        head.appendElement("th").attr("scope", "col").text(text.intent());
        head.appendElement("th").attr("scope", "col").text(text.orderValue());
        Element body = table.appendElement("tbody");
        for (QuadrantCell cell : cells) {
            Element row = body.appendElement("tr");
            Element name = row.appendElement("th").attr("scope", "row");
            if (cell.url().equals(current)) {
                name.text(cell.title());
            } else {
                name.appendElement("a").attr("href", href.apply(cell.url())).text(cell.title());
            }
            row.appendElement("td").text(level(cell.highIntent(), text));
            row.appendElement("td").text(level(cell.highOrderValue(), text));
        }
        return details;
    }
}
