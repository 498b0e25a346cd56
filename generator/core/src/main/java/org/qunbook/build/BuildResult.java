package org.qunbook.build;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.qunbook.api.Problem;

/**
 * The outcome of a build.
 *
 * @param written  whether the output folder was replaced
 * @param pages    pages rendered
 * @param files    files written
 * @param problems every problem, sorted
 * @param took     wall time
 * @param stages   time per stage, in pipeline order
 * @param reports  lines for the build summary (e.g. the search index size)
 */
public record BuildResult(boolean written, int pages, int files, List<Problem> problems, Duration took,
                          Map<String, StageTime> stages, List<String> reports) {

    public BuildResult {
        problems = List.copyOf(problems);
        reports = List.copyOf(reports);
        stages = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(stages));
    }

    public long errors() {
        return problems.stream().filter(Problem::isError).count();
    }

    public long warnings() {
        return problems.size() - errors();
    }

    /** Whether this result fails the build: any error, or with {@code strict} any warning too. */
    public boolean failed(boolean strict) {
        return errors() > 0 || strict && warnings() > 0;
    }

    /**
     * Whether this result fails the build when the warnings in {@code advisory} (overdue reviews, see
     * {@link Build#advisoryWarnings()}) do not count for {@code strict}.
     */
    public boolean failed(boolean strict, java.util.Collection<Problem> advisory) {
        return errors() > 0 || strict && problems.stream().anyMatch(p -> !p.isError() && !advisory.contains(p));
    }
}
