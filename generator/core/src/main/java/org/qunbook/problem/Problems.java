package org.qunbook.problem;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.qunbook.api.Problem;
import org.qunbook.api.ProblemReporter;

/**
 * Collects problems from every stage (and from parallel workers) so the build can finish a stage
 * and report everything at once, compiler-style, instead of stopping at the first mistake.
 */
public final class Problems implements ProblemReporter {

    private final ConcurrentLinkedQueue<Problem> problems = new ConcurrentLinkedQueue<>();

    @Override
    public void report(Problem problem) {
        problems.add(problem);
    }

    public boolean hasErrors() {
        return problems.stream().anyMatch(Problem::isError);
    }

    public long errorCount() {
        return problems.stream().filter(Problem::isError).count();
    }

    public long warningCount() {
        return problems.size() - errorCount();
    }

    /** All problems, sorted by position then message, duplicates removed. */
    public List<Problem> sorted() {
        List<Problem> list = new ArrayList<>(problems.stream().distinct().toList());
        list.sort(Problem.BY_POSITION);
        return List.copyOf(list);
    }
}
