package org.qunbook.build;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.qunbook.api.Problem;
import org.qunbook.api.SourcePosition;
import org.qunbook.problem.Problems;
import org.qunbook.problem.ShownPaths;

/**
 * Runs a build's stages: times each (wall, the process's CPU and the garbage collector's time,
 * added up when a stage runs in several steps) and stops the build, with {@link BuildFailed}, after a
 * stage that reported errors. An I/O error in a stage becomes an error on the content folder.
 */
final class StageRunner {

    private final Problems problems;
    private final ShownPaths shownPaths;
    private final Path source;
    private final boolean strict;
    private final Map<String, StageTime> times = new LinkedHashMap<>();

    /**
     * @param source where an I/O error of a stage is reported
     * @param strict warnings fail the build too, at {@link #failOnErrors}
     */
    StageRunner(Problems problems, ShownPaths shownPaths, Path source, boolean strict) {
        this.problems = problems;
        this.shownPaths = shownPaths;
        this.source = source;
        this.strict = strict;
    }

    /** Runs one stage, timing it; stops the build if the stage reported errors. */
    <T> T run(String name, Callable<T> work) throws BuildFailed {
        long start = System.nanoTime();
        long startCpu = StageTime.processCpuNanos();
        long startGc = StageTime.gcMillis();
        try {
            T result = work.call();
            if (problems.hasErrors()) {
                throw new BuildFailed(name);
            }
            return result;
        } catch (BuildFailed e) {
            throw e;
        } catch (IOException e) {
            throw fail(SourcePosition.fileOnly(display(source)), name + ": " + e.getMessage());
        } catch (UncheckedIOException e) {
            throw fail(SourcePosition.fileOnly(display(source)), name + ": " + e.getCause().getMessage());
        } catch (Exception e) {
            if (e instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException(e);
        } finally {
            times.merge(name, new StageTime(Duration.ofNanos(System.nanoTime() - start),
                    Duration.ofNanos(StageTime.processCpuNanos() - startCpu),
                    Duration.ofMillis(StageTime.gcMillis() - startGc)), StageTime::plus);
        }
    }

    void run(String name, Step work) throws BuildFailed {
        run(name, () -> {
            work.run();
            return null;
        });
    }

    /** A stage that hands nothing on. */
    @FunctionalInterface
    interface Step {
        void run() throws Exception;
    }

    /** Stops the build if there are errors so far (or, when strict, warnings). */
    void failOnErrors(String stage) throws BuildFailed {
        if (problems.hasErrors() || strict && problems.warningCount() > 0) {
            throw new BuildFailed(stage);
        }
    }

    /** Reports an error and returns the exception that stops the build, for the caller to throw. */
    BuildFailed fail(SourcePosition at, String message) {
        problems.report(Problem.error(at, message));
        return new BuildFailed(message);
    }

    /** A path as the user should see it: see {@link BuildOptions.Folders#workingDir()}. */
    String display(Path path) {
        return shownPaths.of(path);
    }

    Problems problems() {
        return problems;
    }

    /** Each stage's time so far, in the order the stages first ran. */
    Map<String, StageTime> times() {
        return times;
    }
}
