package org.qunbook.bench.jmh;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Setup;
import org.qunbook.api.SearchEntry;
import org.qunbook.index.SearchIndex;
import org.qunbook.index.SearchIndexer;
import org.qunbook.search.IndexedDocument;
import org.qunbook.search.LunrIndexSettings;
import org.qunbook.search.LunrIndexWriter;
import org.qunbook.search.SearchField;
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
    private List<IndexedDocument> documents;
    private List<SearchEntry> entries;

    @Setup
    public void setUp() {
        generate(pages, plugin -> true);
        pageText = stages.transformed("playbooks/p0001/").text().text();
        documents = stages.transformed().stream().map(this::analysed).toList();
        entries = stages.plugins().searchEntries(stages.transformed().stream().map(TransformedPage::page).toList());
    }

    private IndexedDocument analysed(TransformedPage page) {
        Map<String, List<Token>> fields = new LinkedHashMap<>();
        fields.put("title", analyzer.analyze(page.page().title()));
        fields.put("keywords", analyzer.analyze(String.join("\n", page.page().tags()) + "\n"
                + String.join("\n", page.text().headings())));
        fields.put("body", analyzer.analyze(page.page().summary() + "\n" + page.text().text()));
        return new IndexedDocument("/" + page.page().url(), null, fields);
    }

    /** One page's text (about 1,500 characters) into tokens. */
    @Benchmark
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    public List<Token> analyzePage() {
        return analyzer.analyze(pageText);
    }

    /** The lunr index JSON of the whole site, from analysed documents. */
    @Benchmark
    public String writeLunrIndex() {
        return new LunrIndexWriter(LunrIndexSettings.of(FIELDS)).toJson(documents);
    }

    /** The index stage for the whole site, as the build runs it. */
    @Benchmark
    public SearchIndex indexStage() {
        return new SearchIndexer(stages.site(), analyzer).build(stages.transformed(), entries);
    }
}
