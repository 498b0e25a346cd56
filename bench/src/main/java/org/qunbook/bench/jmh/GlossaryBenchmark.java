package org.qunbook.bench.jmh;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Setup;
import org.qunbook.site.ContentPage;

/**
 * Plugin transforms per page, through the plugin host as the transform stage calls them: the
 * glossary alone (finding 500 terms with their aliases and linking the first use of each, with its
 * tooltip), and all three bundled plugins. Each invocation transforms fresh copies of the 50
 * content pages of a generated site; the score is per page.
 */
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class GlossaryBenchmark extends SiteBenchmark {

    private static final int PAGES = 50;

    @Param({"glossary", "glossary,script-templates,checklist"})
    public String plugins;

    private List<ContentPage> content;

    @Setup
    public void setUp() {
        List<String> enabled = List.of(plugins.split(","));
        generate(PAGES, enabled::contains);
    }

    @Setup(Level.Invocation)
    public void freshPages() {
        content = stages.parsed().stream().filter(p -> p.page().source().isPresent() && !p.isSection()
                && !p.section().equals("glossary")).map(SiteStages::copy).toList();
        if (content.size() != PAGES) {
            throw new IllegalStateException(content.size() + " content pages, expected " + PAGES);
        }
    }

    @Benchmark
    @OperationsPerInvocation(PAGES)
    public void transformPage() {
        for (ContentPage page : content) {
            stages.plugins().transform(page, stages.parsed());
        }
    }
}
