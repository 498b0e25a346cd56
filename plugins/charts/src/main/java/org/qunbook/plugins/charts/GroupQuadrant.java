package org.qunbook.plugins.charts;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.qunbook.api.PageInfo;
import org.qunbook.api.Problem;
import org.qunbook.api.ProblemReporter;

/**
 * The pages of the quadrant's content type placed by their front matter ({@code intent},
 * {@code order_value}, each {@code high} or {@code low}). A page with {@code classification: purpose}
 * must set both; a page with {@code classification: nature} must set neither; a page setting one
 * must set the other; two pages may not claim one cell.
 */
final class GroupQuadrant {

    static final String INTENT = "intent";
    static final String ORDER_VALUE = "order_value";

    private GroupQuadrant() {
    }

    static List<QuadrantCell> collect(List<? extends PageInfo> pages, String type, ProblemReporter reporter) {
        Map<String, PageInfo> byCell = new LinkedHashMap<>();
        List<QuadrantCell> cells = new ArrayList<>();
        for (PageInfo page : pages) {
            if (!page.type().equals(type) || page.isSection()) {
                continue;
            }
            Optional<String> intent = page.frontMatter().findString(INTENT);
            Optional<String> orderValue = page.frontMatter().findString(ORDER_VALUE);
            String classification = page.frontMatter().findString("classification").orElse("");
            if (classification.equals("nature") && (intent.isPresent() || orderValue.isPresent())) {
                String key = intent.isPresent() ? INTENT : ORDER_VALUE;
                reporter.report(Problem.error(page.frontMatter().positionOf(key), page.sourcePath()
                        + " is classified by nature (classification: nature) but sets '" + key
                        + "': only purpose-based types sit on the intent × order-value quadrant; remove '" + key
                        + "' or set classification: purpose"));
                continue;
            }
            if (intent.isEmpty() && orderValue.isEmpty()) {
                if (classification.equals("purpose")) {
                    reporter.report(Problem.error(page.frontMatter().positionOf("classification"), page.sourcePath()
                            + " is a purpose-based group type but sets neither 'intent' nor 'order_value' "
                            + "(high or low): the quadrant cannot place it"));
                }
                continue;
            }
            if (intent.isEmpty() || orderValue.isEmpty()) {
                String missing = intent.isEmpty() ? INTENT : ORDER_VALUE;
                String present = intent.isEmpty() ? ORDER_VALUE : INTENT;
                reporter.report(Problem.error(page.frontMatter().positionOf(present), page.sourcePath() + " sets '"
                        + present + "' but not '" + missing + "': the quadrant needs both (high or low)"));
                continue;
            }
            if (!isLevel(intent.get()) || !isLevel(orderValue.get())) {
                String key = isLevel(intent.get()) ? ORDER_VALUE : INTENT;
                reporter.report(Problem.error(page.frontMatter().positionOf(key), page.sourcePath() + ": '" + key
                        + "' must be high or low for the quadrant"));
                continue;
            }
            String cell = intent.get() + "/" + orderValue.get();
            PageInfo other = byCell.putIfAbsent(cell, page);
            if (other != null) {
                reporter.report(Problem.error(page.frontMatter().positionOf(INTENT), page.sourcePath()
                        + " claims the quadrant cell intent " + intent.get() + " × order_value " + orderValue.get()
                        + ", which " + other.sourcePath() + " already has: each cell names one group type"));
                continue;
            }
            cells.add(new QuadrantCell(page.url(), page.title(), intent.get().equals("high"),
                    orderValue.get().equals("high")));
        }
        return List.copyOf(cells);
    }

    private static boolean isLevel(String value) {
        return value.equals("high") || value.equals("low");
    }
}
