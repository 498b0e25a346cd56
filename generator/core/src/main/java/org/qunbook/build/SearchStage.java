package org.qunbook.build;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.qunbook.api.SearchEntry;
import org.qunbook.config.SiteConfig;
import org.qunbook.index.SearchFiles;
import org.qunbook.index.SearchIndex;
import org.qunbook.index.SearchIndexReport;
import org.qunbook.index.SearchIndexer;
import org.qunbook.index.SearchSynonyms;
import org.qunbook.render.RenderedFile;
import org.qunbook.search.TextAnalyzer;
import org.qunbook.transform.TransformedPage;

/**
 * The index stage (the site's search files) and the report of the index's size that follows it: a
 * line for the build summary and, over {@code search.budget_kb}, a warning. The gzipped sizes are
 * deflated in the background (about a second of CPU for a 1,000-page site), from the index stage on
 * and while the site is written; what is left of that when they are needed is timed as a stage of
 * its own, "index size". A mode reports it right after the index when it must (a strict build, so
 * that the budget warning stops it before it writes; {@code check}, which writes nothing to wait on),
 * else after writing.
 */
final class SearchStage {

    private final SiteConfig site;
    private final StageRunner stages;
    private final Path source;
    private final boolean measureSizes;
    private final List<TransformedPage> pages;
    private final Supplier<List<SearchEntry>> entries;
    private final Consumer<String> reports;

    /**
     * @param measureSizes see {@link BuildOptions.Run#indexSizes()}
     * @param entries      the plugins' search entries, asked for in the index stage
     * @param reports      takes the summary line
     */
    SearchStage(SiteConfig site, StageRunner stages, Path source, boolean measureSizes, List<TransformedPage> pages,
                Supplier<List<SearchEntry>> entries, Consumer<String> reports) {
        this.site = site;
        this.stages = stages;
        this.source = source;
        this.measureSizes = measureSizes;
        this.pages = pages;
        this.entries = entries;
        this.reports = reports;
    }

    /** The search files, and the index whose size is still to be reported, if any. */
    record Indexed(List<RenderedFile> files, Optional<SearchIndex> unreported) {
    }

    /** Runs the index stage; {@code reportNow}: reports the index's size at once. */
    Indexed index(boolean reportNow) throws BuildFailed {
        if (!site.search().enabled()) {
            return new Indexed(List.of(), Optional.empty());
        }
        Path synonymsFile = source.resolve(SearchSynonyms.FILE);
        Map<String, List<String>> synonyms = SearchSynonyms.load(synonymsFile, stages.display(synonymsFile),
                stages.problems());
        SearchIndex index = stages.run("index", () -> new SearchIndexer(site, TextAnalyzer.standard(), synonyms)
                .build(pages, entries.get(), measureSizes));
        List<RenderedFile> files = SearchFiles.of(index).stream()
                .map(f -> new RenderedFile(f.path(), f.parts())).toList();
        if (reportNow) {
            reportSize(index);
            return new Indexed(files, Optional.empty());
        }
        return new Indexed(files, Optional.of(index));
    }

    /** Reports the size of an index not reported yet. */
    void reportSize(Indexed indexed) throws BuildFailed {
        if (indexed.unreported().isPresent()) {
            reportSize(indexed.unreported().get());
        }
    }

    private void reportSize(SearchIndex index) throws BuildFailed {
        SearchIndexReport report = stages.run("index size", () -> index.report().join());
        reports.accept(report.summary());
        report.overBudget(site).ifPresent(stages.problems()::report);
    }
}
