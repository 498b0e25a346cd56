package org.qunbook.plugins.checklist;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.jsoup.nodes.Element;
import org.qunbook.api.PageInfo;
import org.qunbook.api.PageView;
import org.qunbook.api.Problem;
import org.qunbook.api.ProblemReporter;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/** The pages carrying {@code setup_step}, checked against the {@code steps} option. */
final class SetupSteps {

    private static final Evaluator WITH_SOURCE_LINE = QueryParser.parse("[data-source-line]");

    static final String KEY = "setup_step";

    private SetupSteps() {
    }

    /** The steps in order (first page per number when duplicated), reporting gaps and duplicates. */
    static List<SetupStep> collect(List<PageView> pages, int steps, ProblemReporter reporter) {
        Map<Long, List<PageView>> byNumber = new TreeMap<>();
        for (PageView page : pages) {
            stepOf(page).ifPresent(number -> byNumber.computeIfAbsent(number, n -> new ArrayList<>()).add(page));
        }
        if (steps > 0) {
            for (long number = 1; number <= steps; number++) {
                if (!byNumber.containsKey(number)) {
                    reporter.report(Problem.error(null, "setup step " + number + " is missing: no page has '"
                            + KEY + ": " + number + "' (the checklist plugin's option steps is " + steps + ")"));
                }
            }
            byNumber.forEach((number, stepPages) -> {
                if (number < 1 || number > steps) {
                    stepPages.forEach(page -> reporter.report(Problem.error(page.frontMatter().positionOf(KEY),
                            KEY + " " + number + " is outside 1.." + steps + " (the checklist plugin's option steps)")));
                }
            });
        }
        byNumber.forEach((number, stepPages) -> {
            if (stepPages.size() > 1) {
                String files = stepPages.stream().map(PageView::sourcePath).collect(Collectors.joining(", "));
                stepPages.stream().skip(1).forEach(page -> reporter.report(Problem.error(
                        page.frontMatter().positionOf(KEY), "setup step " + number + " is set by more than one page: "
                                + files)));
            }
        });
        List<SetupStep> result = new ArrayList<>();
        byNumber.forEach((number, stepPages) -> result.add(step(number.intValue(), stepPages.get(0))));
        return result;
    }

    private static Optional<Long> stepOf(PageInfo page) {
        return page.frontMatter().find(KEY).filter(Number.class::isInstance).map(n -> ((Number) n).longValue());
    }

    /** Renders the step page's checklists from a copy of its content, leaving the page itself alone. */
    private static SetupStep step(int number, PageView page) {
        Element copy = page.content().clone();
        List<SetupStep.RenderedChecklist> rendered = new ArrayList<>();
        for (Checklist checklist : ChecklistFinder.find(page, copy).checklists()) {
            Element html = ChecklistHtml.render(checklist, page.url());
            html.select(WITH_SOURCE_LINE).removeAttr("data-source-line");
            rendered.add(new SetupStep.RenderedChecklist(checklist.title(), html.outerHtml()));
        }
        return new SetupStep(number, page.url(), page.title(), rendered);
    }
}
