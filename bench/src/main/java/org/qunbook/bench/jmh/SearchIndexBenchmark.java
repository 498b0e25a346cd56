package org.qunbook.bench.jmh;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Setup;
import org.qunbook.api.SearchEntry;
import org.qunbook.index.SearchIndex;
import org.qunbook.index.SearchIndexer;
import org.qunbook.search.IndexCorpus;
import org.qunbook.search.LunrIndexSettings;
import org.qunbook.search.LunrIndexWriter;
import org.qunbook.search.SearchField;
import org.qunbook.search.TermCounts;
import org.qunbook.search.TextAnalyzer;
import org.qunbook.search.Token;
import org.qunbook.transform.TransformedPage;

/**
 * Search: analysing one page's text (NFKC, case, Traditional → Simplified, CJK bigrams), writing the
 * lunr index of a whole generated site from analysed documents, and the whole index stage (analysis,
 * index, display data, gzip size) for that site — {@code pages} pages plus 500 glossary terms.
 */
public class SearchIndexBenchmark extends SiteBenchmark {

    /** The fields and boosts the index stage uses (SearchIndexer.FIELDS). */
    private static final List<SearchField> FIELDS = List.of(new SearchField("title", 10),
            new SearchField("keywords", 4), SearchField.of("body"));

    @Param({"100"})
    public int pages;

    private final TextAnalyzer analyzer = TextAnalyzer.standard();
    private String pageText;
    private IndexCorpus documents;
    private List<SearchEntry> entries;

    @Setup
    public void setUp() {
        generate(pages, plugin -> true);
        pageText = stages.transformed("playbooks/p0001/").text().text();
        IndexCorpus.Builder corpus = IndexCorpus.builder(FIELDS.stream().map(SearchField::name).toList(), false);
        stages.transformed().forEach(page -> corpus.add("/" + page.page().url(), null, analysed(page)));
        documents = corpus.build();
        entries = stages.plugins().searchEntries(stages.transformed().stream().map(TransformedPage::page).toList());
    }

    private List<TermCounts> analysed(TransformedPage page) {
        return List.of(TermCounts.of(analyzer, page.page().title()),
                TermCounts.of(analyzer, String.join("\n", page.page().tags()) + "\n"
                        + String.join("\n", page.text().headings())),
                TermCounts.of(analyzer, page.page().summary() + "\n" + page.text().text()));
    }

    /** One page's text (about 1,500 characters) into tokens. */
    @Benchmark
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    public List<Token> analyzePage() {
        return analyzer.analyze(pageText);
    }

    /** The lunr index JSON (UTF-8) of the whole site, from analysed documents (term counts). */
    @Benchmark
    public byte[] writeLunrIndex() {
        return new LunrIndexWriter(LunrIndexSettings.of(FIELDS)).toUtf8(documents);
    }

    /** The index stage for the whole site, as the build runs it. */
    @Benchmark
    public SearchIndex indexStage() {
        SearchIndex index = new SearchIndexer(stages.site(), analyzer).build(stages.transformed(), entries);
        index.report().join(); // the gzipped sizes, deflated on the side, are part of the stage's work
        return index;
    }
}
