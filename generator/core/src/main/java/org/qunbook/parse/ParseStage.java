package org.qunbook.parse;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jsoup.nodes.Element;
import org.qunbook.api.Problem;
import org.qunbook.api.ProblemReporter;
import org.qunbook.api.SourcePosition;
import org.qunbook.load.SourcePage;

/**
 * The parse stage: every page's Markdown into its document, on every core. The converter runs on
 * threads with a deep stack, so nesting within {@link MarkdownLimits} never overflows it; a page it
 * cannot convert is an error on that page, and the other pages go on.
 */
public final class ParseStage {

    /** 256 MiB: reserved, not committed, so only a deeply nested page uses it. */
    private static final long STACK_BYTES = 256L << 20;

    private final MarkdownParser parser;
    private final Optional<Map<String, MarkdownHtml>> kept;
    private final ProblemReporter problems;

    /**
     * @param kept renderings by Markdown text kept from the last build ({@code serve}), trimmed to this
     *             build's pages afterwards; empty for a build that keeps none
     */
    public ParseStage(MarkdownParser parser, Optional<Map<String, MarkdownHtml>> kept, ProblemReporter problems) {
        this.parser = parser;
        this.kept = kept;
        this.problems = problems;
    }

    public List<ParsedPage> parse(List<SourcePage> sources) throws InterruptedException {
        ExecutorService workers = Executors.newFixedThreadPool(
                Math.max(1, Math.min(sources.size(), Runtime.getRuntime().availableProcessors())), task -> {
                    Thread thread = new Thread(null, task, "qunbook-parse", STACK_BYTES);
                    thread.setDaemon(true);
                    return thread;
                });
        List<Future<ParsedPage>> futures = new ArrayList<>();
        try {
            for (SourcePage source : sources) {
                futures.add(workers.submit(() -> parsePage(source)));
            }
            List<ParsedPage> pages = new ArrayList<>(futures.size());
            for (Future<ParsedPage> future : futures) {
                try {
                    pages.add(future.get());
                } catch (ExecutionException e) {
                    throw new IllegalStateException(e.getCause());
                }
            }
            kept.ifPresent(renderings -> {
                // Keep only this build's renderings, so a long serve session does not pile up old text.
                Set<String> bodies = new HashSet<>();
                sources.forEach(p -> bodies.add(p.body()));
                renderings.keySet().retainAll(bodies);
            });
            return pages;
        } finally {
            workers.shutdownNow();
        }
    }

    private ParsedPage parsePage(SourcePage source) {
        ParsedPage parsed;
        try {
            parsed = kept.isEmpty() ? parser.parse(source) : parser.parse(source, kept.get());
        } catch (MarkdownRefused e) {
            problems.report(Problem.error(e.bodyLine() > 0 ? source.bodyPosition(e.bodyLine())
                    : SourcePosition.fileOnly(source.displayPath()), e.getMessage()));
            return new ParsedPage(source, new Element("body"));
        }
        parsed.htmlRemovals().forEach(removal -> problems.report(Problem.warning(
                at(source.bodyPosition(removal.bodyLine()), removal.column()), "removed " + removal.what()
                        + " from the page's HTML; to keep raw HTML as written, set "
                        + "'markdown: { unsafe_html: true }' in qunbook.yml")));
        return parsed;
    }

    private static SourcePosition at(SourcePosition line, int column) {
        return column > 0 && line.line() > 0 ? new SourcePosition(line.file(), line.line(), column) : line;
    }
}
