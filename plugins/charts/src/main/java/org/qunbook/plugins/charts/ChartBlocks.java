package org.qunbook.plugins.charts;

import java.util.List;
import java.util.Optional;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;
import org.qunbook.api.PageView;
import org.qunbook.api.Problem;
import org.qunbook.api.TransformContext;

/** Turns a page's {@code ```chart} blocks into figures, reporting each block's mistakes at its line. */
final class ChartBlocks {

    private static final Evaluator CHART_CODE = QueryParser.parse("pre > code.language-chart");
    private static final String SOURCE_LINE = "data-source-line";

    private final TransformContext context;
    private final UiText text;
    private final List<QuadrantCell> quadrant;
    private final List<Lifecycle.StageWithPages> lifecycle;
    private int count;

    ChartBlocks(TransformContext context, UiText text, List<QuadrantCell> quadrant,
                List<Lifecycle.StageWithPages> lifecycle) {
        this.context = context;
        this.text = text;
        this.quadrant = quadrant;
        this.lifecycle = lifecycle;
    }

    /**
     * Reports the mistakes in a page's chart blocks. Run in {@code contentLoaded}, so they are listed
     * together with the quadrant's and the lifecycle's, whose errors stop the build before the
     * transforms.
     */
    static void check(PageView page, org.qunbook.api.ProblemReporter reporter, boolean quadrantEmpty,
                      String quadrantType) {
        for (Element code : page.content().select(CHART_CODE)) {
            Element pre = code.parent();
            int fence = sourceLine(pre);
            String body = code.wholeText();
            ChartSource.Read read = ChartSource.read(body.endsWith("\n") ? body.substring(0, body.length() - 1) : body);
            read.problems().forEach(p -> reporter.report(Problem.error(page.bodyPosition(fence + 1 + p.line()),
                    p.message())));
            if (!read.problems().isEmpty()) {
                continue;
            }
            ChartType type = read.type().orElseThrow();
            if (type == ChartType.QUADRANT && quadrantEmpty) {
                reporter.report(Problem.error(page.bodyPosition(fence), "the quadrant has nothing to show: no page of "
                        + "type '" + quadrantType + "' sets intent and order_value"));
            } else if (read.wantsTable()) {
                Element next = pre.nextElementSibling();
                if (next == null || !next.tagName().equals("table")) {
                    reporter.report(Problem.error(page.bodyPosition(fence), "the chart block has no data: give 'labels' "
                            + "and 'values' (or 'series'), or put a Markdown table right after the block"));
                    continue;
                }
                TableData.Result table = TableData.read(next, type, read.title(), read.description(), read.unit());
                if (table.problem() != null) {
                    int line = sourceLine(next);
                    reporter.report(Problem.error(page.bodyPosition(line > 0 ? line : fence), table.problem()));
                }
            }
        }
    }

    /** Replaces every chart block; returns true when one of them was a quadrant. */
    boolean replaceAll() {
        boolean hasQuadrant = false;
        for (Element code : context.content().select(CHART_CODE)) {
            Element pre = code.parent();
            String body = code.wholeText();
            ChartSource.Read read = ChartSource.read(body.endsWith("\n") ? body.substring(0, body.length() - 1) : body);
            if (!read.problems().isEmpty()) {
                continue;   // reported by check(), before the transforms
            }
            ChartType type = read.type().orElseThrow();
            Optional<Element> figure = switch (type) {
                case QUADRANT -> {
                    hasQuadrant = true;
                    yield quadrantFigure(read.title());
                }
                case LIFECYCLE -> Optional.of(LifecycleChart.render(lifecycle, nextId(), context::hrefTo, text, read.title()));
                default -> dataFigure(pre, read);
            };
            figure.ifPresent(pre::replaceWith);
        }
        return hasQuadrant;
    }

    /** The quadrant with this page's cell highlighted, before the page's first section heading. */
    void insertQuadrant() {
        Element figure = QuadrantChart.render(quadrant, context.page().url(), nextId(), context::hrefTo, text, "");
        Element firstHeading = context.content().selectFirst("h2");
        if (firstHeading != null) {
            firstHeading.before(figure);
        } else {
            context.content().appendChild(figure);
        }
    }

    private Optional<Element> quadrantFigure(String title) {
        if (quadrant.isEmpty()) {
            return Optional.empty();   // reported by check()
        }
        return Optional.of(QuadrantChart.render(quadrant, context.page().url(), nextId(), context::hrefTo, text, title));
    }

    private Optional<Element> dataFigure(Element pre, ChartSource.Read read) {
        if (read.spec().isPresent()) {
            return Optional.of(DataFigure.render(read.spec().get(), nextId(), text, true));
        }
        Element next = pre.nextElementSibling();
        if (next == null || !next.tagName().equals("table")) {
            return Optional.empty();   // reported by check()
        }
        TableData.Result table = TableData.read(next, read.type().orElseThrow(), read.title(), read.description(),
                read.unit());
        if (table.problem() != null) {
            return Optional.empty();   // reported by check()
        }
        // The writer's table stays where it is, visible: it is the chart's data table.
        return Optional.of(DataFigure.render(table.spec(), nextId(), text, false));
    }

    private String nextId() {
        return "chart-" + ++count;
    }

    private static int sourceLine(Element element) {
        try {
            return Integer.parseInt(element.attr(SOURCE_LINE));
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
