package org.qunbook.bench.jmh;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Setup;
import org.qunbook.load.SourcePage;
import org.qunbook.parse.ParsedPage;

/**
 * The parse stage for one typical page (about 1,500 Chinese characters with a table, lists, a task
 * list and links), with the Markdown extensions of all three bundled plugins: flexmark alone, and
 * flexmark plus the jsoup document the later stages work on.
 */
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class MarkdownBenchmark extends SiteBenchmark {

    private SourcePage page;

    @Setup
    public void setUp() {
        generate(20, plugin -> true);
        page = stages.parsed().stream().filter(p -> p.url().equals("playbooks/p0001/")).findFirst().orElseThrow()
                .page().source().orElseThrow();
    }

    /** flexmark: Markdown → AST → HTML. */
    @Benchmark
    public String markdownToHtml() {
        return stages.parser().renderHtml(page.body());
    }

    /** The whole parse stage of a page: flexmark, then jsoup's document of the HTML. */
    @Benchmark
    public ParsedPage markdownToDocument() throws Exception {
        return stages.parser().parse(page);
    }
}
