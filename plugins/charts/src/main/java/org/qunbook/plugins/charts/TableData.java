package org.qunbook.plugins.charts;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Element;

/**
 * A Markdown table as a chart's data: the first column names the labels, every other column is a
 * series named by its header. Cells may be written as readers expect ({@code 1,200}, {@code 12%},
 * {@code 3,354 元}): the leading number counts.
 */
final class TableData {

    /** The table read, or what is wrong with it. */
    record Result(ChartSpec spec, String problem) {
    }

    private TableData() {
    }

    static Result read(Element table, ChartType type, String title, String description, String unit) {
        List<Element> headerCells = table.select("thead tr").isEmpty() ? List.of()
                : table.select("thead tr").first().select("th, td");
        if (headerCells.size() < 2) {
            return new Result(null, "the table after the chart block needs a header row and at least two columns: "
                    + "labels, then one column of numbers per series");
        }
        List<String> labels = new ArrayList<>();
        List<List<Double>> columns = new ArrayList<>();
        for (int c = 1; c < headerCells.size(); c++) {
            columns.add(new ArrayList<>());
        }
        for (Element row : table.select("tbody tr")) {
            List<Element> cells = row.select("td, th");
            labels.add(cells.isEmpty() ? "" : visibleText(cells.get(0)));
            for (int c = 1; c < headerCells.size(); c++) {
                String text = c < cells.size() ? visibleText(cells.get(c)) : "";
                var number = Numbers.parseCell(text);
                if (number.isEmpty()) {
                    return new Result(null, "the table after the chart block has '" + text.strip() + "' in column '"
                            + visibleText(headerCells.get(c)) + "', row '" + labels.get(labels.size() - 1)
                            + "': every cell after the first column must be a number");
                }
                columns.get(c - 1).add(number.get());
            }
        }
        if (labels.isEmpty()) {
            return new Result(null, "the table after the chart block has no rows");
        }
        List<Series> series = new ArrayList<>();
        for (int c = 1; c < headerCells.size(); c++) {
            series.add(new Series(visibleText(headerCells.get(c)), columns.get(c - 1)));
        }
        ChartSpec spec = new ChartSpec(type, title, description, unit, labels, series);
        return ChartChecks.check(spec).map(problem -> new Result(null, problem)).orElse(new Result(spec, null));
    }

    /** A cell's text as a reader sees it: without hidden parts such as a glossary term's tooltip. */
    private static String visibleText(Element cell) {
        Element copy = cell.clone();
        copy.select("[hidden], [role=tooltip]").remove();
        return copy.text().strip();
    }
}
