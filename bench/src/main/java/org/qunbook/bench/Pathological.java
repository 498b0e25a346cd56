package org.qunbook.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.qunbook.api.Problem;
import org.qunbook.build.Build;
import org.qunbook.build.BuildOptions;
import org.qunbook.build.BuildResult;

/**
 * Builds each {@link PathologicalInputs} case at half its size and at its size (cmark's), a one-page
 * site each, and prints both wall times, their ratio (2 for linear growth) and the outcome: built, or
 * refused with the error shown. {@code bench/run --pathological} runs it.
 *
 * <pre>java -cp bench/target/benchmarks.jar org.qunbook.bench.Pathological [--content content] [--only NAME]</pre>
 */
public final class Pathological {

    public static void main(String[] args) throws Exception {
        Path handbook = Path.of("content");
        String only = null;
        for (int i = 0; i + 1 < args.length; i += 2) {
            switch (args[i]) {
                case "--content" -> handbook = Path.of(args[i + 1]);
                case "--only" -> only = args[i + 1];
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        Path work = Files.createTempDirectory("qunbook-pathological");
        // Warm up the JVM on a small case, so the first case is not charged with class loading.
        time(work.resolve("warm"), handbook, PathologicalInputs.QUNBOOK.get(0), 100);
        System.out.printf(Locale.ROOT, "%-40s %10s %8s %10s %8s %6s  %s%n", "case", "n/2", "ms", "n", "ms", "ratio",
                "outcome at n");
        List<String> slow = new ArrayList<>();
        int index = 0;
        for (PathologicalInputs.Case c : PathologicalInputs.all()) {
            index++;
            if (only != null && !c.name().contains(only)) {
                continue;
            }
            Outcome half = time(work.resolve(index + "-half"), handbook, c, c.size() / 2);
            Outcome full = time(work.resolve(index + "-full"), handbook, c, c.size());
            System.out.printf(Locale.ROOT, "%-40s %10d %8d %10d %8d %6.2f  %s%n", c.name(), c.size() / 2, half.millis,
                    c.size(), full.millis, half.millis == 0 ? 0.0 : (double) full.millis / half.millis, full.outcome);
            if (full.millis > 4000) {
                slow.add(c.name());
            }
        }
        System.out.println(slow.isEmpty() ? "every case within 4 s" : "over 4 s: " + String.join(", ", slow));
    }

    private record Outcome(long millis, String outcome) {
    }

    private static Outcome time(Path root, Path handbook, PathologicalInputs.Case c, int n) throws Exception {
        PathologicalInputs.writeSite(root, handbook, c, n);
        long start = System.nanoTime();
        BuildResult result = new Build(BuildOptions.of(root.resolve("content"), root.resolve("public"))).run();
        long millis = (System.nanoTime() - start) / 1_000_000;
        String outcome = result.written() ? "built" : "refused: " + result.problems().stream()
                .filter(p -> p.severity() == org.qunbook.api.Severity.ERROR).map(Problem::format).findFirst().orElse("?");
        return new Outcome(millis, outcome.length() > 160 ? outcome.substring(0, 160) + "…" : outcome);
    }
}
