package org.qunbook.bench.jmh;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.Warmup;
import org.qunbook.build.Build;
import org.qunbook.build.BuildOptions;
import org.qunbook.build.BuildResult;

/**
 * A whole build in a warm JVM, every stage but writing ({@code qunbook check}'s work), on all
 * cores: what {@code serve} pays per rebuild, against the cold {@code qunbook build} bench/run times.
 */
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
public class BuildBenchmark extends SiteBenchmark {

    @Param({"100"})
    public int pages;

    private BuildOptions options;

    @Setup
    public void setUp() {
        generate(pages, plugin -> true);
        options = BuildOptions.builder(stages.content(), stages.content().resolveSibling("public")).write(false).build();
    }

    @Benchmark
    public BuildResult checkBuild() {
        BuildResult result = new Build(options).run();
        if (result.errors() > 0) {
            throw new IllegalStateException(result.problems().toString());
        }
        return result;
    }
}
