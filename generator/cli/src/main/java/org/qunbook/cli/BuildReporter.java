package org.qunbook.cli;

import java.io.PrintWriter;
import java.util.List;
import org.qunbook.api.Problem;
import org.qunbook.build.BuildResult;
import org.qunbook.build.BuildSummary;

/** Prints problems compiler-style and the one summary line. */
final class BuildReporter {

    private final PrintWriter out;
    private final PrintWriter err;
    private final BuildArguments arguments;

    BuildReporter(PrintWriter out, PrintWriter err, BuildArguments arguments) {
        this.out = out;
        this.err = err;
        this.arguments = arguments;
    }

    /** Prints the result; returns the exit code. */
    int report(BuildResult result, String verb, String where) {
        return report(result, verb, where, List.of());
    }

    /** As {@link #report(BuildResult, String, String)}, where the {@code advisory} warnings never fail {@code --strict}. */
    int report(BuildResult result, String verb, String where, List<Problem> advisory) {
        for (Problem problem : result.problems()) {
            err.println(problem.format());
        }
        if (arguments.verbose) {
            BuildSummary.stageTimes(result).forEach(out::println);
        }
        if (result.failed(arguments.strict, advisory)) {
            err.println(BuildSummary.failure(result, verb, where));
            err.flush();
            out.flush();
            return 1;
        }
        if (!arguments.quiet) {
            if (!verb.equals("Check")) {
                result.reports().forEach(out::println);
            }
            out.println(BuildSummary.success(result, verb, where));
        }
        out.flush();
        err.flush();
        return 0;
    }
}
