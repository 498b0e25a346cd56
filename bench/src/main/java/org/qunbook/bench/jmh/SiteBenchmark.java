package org.qunbook.bench.jmh;

import java.io.IOException;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * What the benchmarks share: average time, one fork, 3 × 2 s warm-up and 5 × 2 s measured (JMH
 * options override these), and a generated site taken through the build's stages, deleted after
 * the trial. A subclass generates its site in its own {@code @Setup}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public abstract class SiteBenchmark {

    static final int TERMS = 500;

    SiteStages stages;

    /** A site of {@code pages} pages and 500 glossary terms, built with the plugins accepted. */
    void generate(int pages, Predicate<String> plugins) {
        stages = SiteStages.generate(pages, TERMS, plugins);
    }

    @TearDown
    public void deleteSite() throws IOException {
        stages.close();
    }
}
