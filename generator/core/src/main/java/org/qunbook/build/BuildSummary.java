package org.qunbook.build;

import java.time.Duration;
import java.util.List;
import java.util.Locale;

/**
 * The line a build ends with, worded the same by every front end (the CLI, the Maven plugin):
 * {@code Built 86 pages in 1.2 s → public/}, {@code Checked 86 pages in 1.0 s},
 * {@code Build failed (2 errors, 0 warnings); public/ was left as it was}.
 */
public final class BuildSummary {

    private BuildSummary() {
    }

    /**
     * The line for a build that passed.
     *
     * @param verb  {@code Check} (nothing was written), else any verb of a build that writes ({@code Build})
     * @param where the output folder as the user should see it, or empty
     */
    public static String success(BuildResult result, String verb, String where) {
        String pages = result.pages() + (result.pages() == 1 ? " page" : " pages");
        String took = seconds(result.took());
        return (verb.equals("Check") ? "Checked " + pages + " in " + took
                : "Built " + pages + " in " + took + (where.isEmpty() ? "" : " → " + where)) + counts(result);
    }

    /** The line for a build that failed; {@code where}, if not empty, is the output folder left untouched. */
    public static String failure(BuildResult result, String verb, String where) {
        return verb + " failed" + counts(result) + (where.isEmpty() ? "" : "; " + where + " was left as it was");
    }

    /**
     * One line per stage with its wall time, the process's CPU time and the garbage collector's
     * time meanwhile, for {@code -v} (and Maven's {@code -X}):
     * {@code "  parse   1630 ms   CPU  3120 ms   GC  210 ms"}.
     */
    public static List<String> stageTimes(BuildResult result) {
        return result.stages().entrySet().stream().map(stage -> String.format(Locale.ROOT,
                "  %-14s %6d ms   CPU %6d ms   GC %5d ms", stage.getKey(), stage.getValue().wall().toMillis(),
                stage.getValue().cpu().toMillis(), stage.getValue().gc().toMillis())).toList();
    }

    /** {@code " (1 error, 2 warnings)"}, or empty when there is no problem. */
    static String counts(BuildResult result) {
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
