package org.qunbook.cli;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.Locale;
import org.qunbook.api.Problem;
import org.qunbook.build.BuildResult;

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
        for (Problem problem : result.problems()) {
            err.println(problem.format());
        }
        if (arguments.verbose) {
            result.stages().forEach((stage, took) -> out.printf(Locale.ROOT, "  %-14s %6d ms%n", stage, took.toMillis()));
        }
        boolean failed = result.errors() > 0 || arguments.strict && result.warnings() > 0;
        String counts = counts(result);
        if (failed) {
            err.println(verb + " failed" + counts + (where.isEmpty() ? "" : "; " + where + " was left as it was"));
            err.flush();
            out.flush();
            return 1;
        }
        if (!arguments.quiet) {
            if (!verb.equals("Check")) {
                result.reports().forEach(out::println);
            }
            out.println(success(result, verb, where) + counts);
        }
        out.flush();
        err.flush();
        return 0;
    }

    private static String success(BuildResult result, String verb, String where) {
        String pages = result.pages() + (result.pages() == 1 ? " page" : " pages");
        String took = seconds(result.took());
        return verb.equals("Check") ? "Checked " + pages + " in " + took
                : "Built " + pages + " in " + took + (where.isEmpty() ? "" : " → " + where);
    }

    private static String counts(BuildResult result) {
        if (result.errors() == 0 && result.warnings() == 0) {
            return "";
        }
        return " (" + plural(result.errors(), "error") + ", " + plural(result.warnings(), "warning") + ")";
    }

    private static String plural(long n, String word) {
        return n + " " + word + (n == 1 ? "" : "s");
    }

    static String seconds(Duration took) {
        return String.format(Locale.ROOT, "%.1f s", took.toMillis() / 1000.0);
    }
}
