package org.qunbook.bench.jmh;

import java.util.List;
import java.util.Map;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Setup;
import org.qunbook.problem.Problems;
import org.qunbook.render.RenderedFile;
import org.qunbook.render.SiteRenderer;
import org.qunbook.transform.TransformedPage;

/**
 * The render stage with the default theme: every page of a generated site ({@code pages} pages
 * plus 500 glossary terms, section pages, tag pages) through its Freemarker template. The theme's
 * sidebar lists every page on every page, so the cost per page grows with the site: compare
 * {@code -p pages=100,1000}.
 */
public class TemplateBenchmark extends SiteBenchmark {

    @Param({"100"})
    public int pages;

    private SiteRenderer renderer;
    private Map<String, Object> siteData;
    private List<List<String>> assets;

    @Setup
    public void setUp() throws Exception {
        generate(pages, plugin -> true);
        renderer = stages.renderer();
        siteData = stages.plugins().siteData();
        assets = stages.assets();
    }

    private List<TransformedPage> toRender;

    /** Each render takes the pages' content, so every invocation gets its own copy. */
    @Setup(Level.Invocation)
    public void freshPages() {
        toRender = stages.transformedCopies();
    }

    @Benchmark
    public List<RenderedFile> renderSite() {
        Problems problems = new Problems();
        List<RenderedFile> files = renderer.render(toRender, siteData, assets.get(0), assets.get(1),
                false, problems);
        if (problems.hasErrors()) {
            throw new IllegalStateException(problems.sorted().toString());
        }
        return files;
    }
}
