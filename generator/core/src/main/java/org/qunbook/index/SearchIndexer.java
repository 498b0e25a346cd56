package org.qunbook.index;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;
import org.qunbook.api.SearchEntry;
import org.qunbook.config.ContentType;
import org.qunbook.config.SiteConfig;
import org.qunbook.search.IndexCorpus;
import org.qunbook.search.IndexShaping;
import org.qunbook.search.LunrIndexSettings;
import org.qunbook.search.LunrIndexWriter;
import org.qunbook.search.SearchField;
import org.qunbook.search.TermCounts;
import org.qunbook.search.TextAnalyzer;
import org.qunbook.site.Page;
import org.qunbook.site.SiteLinks;
import org.qunbook.transform.TransformedPage;

/**
 * The index stage: which text of a page goes into which field, analysed once with the same rules
 * the browser applies to queries, written as a stock lunr.js 2.3.9 index.
 *
 * <p>A plugin's search entry for a URL that is already a page (a glossary term page) adds its
 * keywords to that page instead of a second document.
 *
 * <p>What a reader downloads on first search is kept small (a site of 1,000 long Chinese pages has
 * about a million postings) by choices that leave lunr's format and scoring alone:
 * <ul>
 *   <li>Refs are short codes given in document order ({@link #ref}); {@code docs.json} maps them to
 *       pages. A URL path as ref is written out once per posting.</li>
 *   <li>Scores are kept to one decimal (the boosts of {@link #FIELDS}).</li>
 *   <li>Common CJK terms are indexed in titles and keywords only ({@link #COMMON_SHARE}).</li>
 *   <li>Frequent terms get the small term numbers ({@link IndexShaping#frequentTermsFirst}).</li>
 *   <li>The page text for snippets is a file of its own ({@code texts.json}), which the theme loads
 *       after the index, so it does not delay the first results.</li>
 * </ul>
 *
 * <p>The stage handles millions of tokens, so nothing is kept per token: each field is counted as
 * it is analysed ({@link TermCounts}, CJK terms as packed keys rather than Strings), documents hold
 * term ids with counts ({@link IndexCorpus}), the shaping works on those ids, and the index is
 * written once, straight to UTF-8 bytes, which the files and the file:// scripts share. The gzipped
 * sizes of the report take longer to compute than the index itself; they are deflated on threads of
 * their own while the build goes on, and {@link SearchIndex#report()} completes when they are done.
 */
public final class SearchIndexer {

    /**
     * Fields and boosts: a hit in the title counts most, then keywords (tags, aliases, headings),
     * then the text (summary and body). Only three fields, because every posting of every term
     * lists every field: each extra field adds about a fifth to the index.
     *
     * <p>The boosts are 10 : 4 : 1 times 0.01. lunr stores every score rounded to three decimals, so
     * a hundredth of BM25's score keeps one decimal of it: enough to rank by (every score is scaled
     * alike), and far fewer distinct numbers to store than three decimals of the full score (the
     * index of the 1,000-page benchmark is 16% smaller gzipped).
     */
    static final List<SearchField> FIELDS = List.of(new SearchField("title", 0.1), new SearchField("keywords", 0.04),
            new SearchField("body", 0.01));

    /**
     * A CJK bigram (or a run's last character) in the body of more than this share of the documents,
     * and of more than {@link #COMMON_MIN_DOCUMENTS}, is indexed in titles and keywords only. Its idf
     * is small, so its body postings hardly rank, but they cost one posting per page: on the 1,000-page
     * benchmark the 1% of terms above this line hold over a third of the body postings. The list goes
     * to the browser ({@code docs.json}: {@code common}), where such a term is optional in a query:
     * it adds to the score of pages that have it in the title or keywords and cannot make a query
     * come back empty; a query of common terms only looks them up in titles and keywords.
     */
    static final double COMMON_SHARE = 0.15;

    /** Small sites keep every posting: a term is only common in the bodies of more than this many documents. */
    static final int COMMON_MIN_DOCUMENTS = 100;

    private static final ObjectMapper JSON = new ObjectMapper();

    private static final String REF_DIGITS = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";

    private final SiteConfig config;
    private final TextAnalyzer analyzer;

    public SearchIndexer(SiteConfig config, TextAnalyzer analyzer) {
        this.config = config;
        this.analyzer = analyzer;
    }

    public SearchIndex build(List<TransformedPage> pages, List<SearchEntry> entries) {
        return build(pages, entries, true);
    }

    /**
     * @param gzipSizes false to skip deflating the index for its gzipped sizes when its raw size is
     *                  within {@code search.budget_kb} (then it cannot be over it gzipped either);
     *                  the report's gzipped sizes are then {@link SearchIndexReport#UNMEASURED}
     */
    public SearchIndex build(List<TransformedPage> pages, List<SearchEntry> entries, boolean gzipSizes) {
        Map<String, Draft> drafts = new LinkedHashMap<>();
        for (TransformedPage transformed : pages) {
            Draft draft = pageDraft(transformed);
            drafts.put(draft.path, draft);
        }
        for (SearchEntry entry : entries) {
            String path = "/" + entry.url();
            Draft existing = drafts.get(path);
            if (existing != null) {
                existing.keywords.addAll(entry.keywords());
                existing.boost = Math.max(existing.boost, entry.boost());
            } else {
                Draft draft = new Draft(path, SiteLinks.encodePath(entry.url()), entry.title(), entry.type(),
                        typeLabel(entry.type()), "", "", entry.text(), entry.boost());
                draft.keywords.addAll(entry.keywords());
                drafts.put(path, draft);
            }
        }
        List<Draft> ordered = List.copyOf(drafts.values());
        Shaped shaped = shape(analyse(ordered));
        // what follows runs on one core: the snippet text's JSON is made on another meanwhile
        CompletableFuture<List<byte[]>> textsJson = CompletableFuture.supplyAsync(
                () -> utf8Json(ordered.stream().map(d -> d.text).toList()));
        List<byte[]> index = new LunrIndexWriter(LunrIndexSettings.of(FIELDS)).toUtf8Parts(shaped.documents());
        List<SearchDocumentInfo> infos = IntStream.range(0, ordered.size())
                .mapToObj(i -> ordered.get(i).info(ref(i))).toList();
        List<byte[]> docs = docsJson(shaped.foldTable(), shaped.common(), infos);
        List<byte[]> texts = textsJson.join();

        List<String> terms = shaped.documents().indexedTerms();
        int termCount = terms.size();
        int bigrams = (int) terms.stream().filter(IndexShaping::isCjkBigram).count();
        int commonCount = shaped.common().size();
        List<byte[]> shipped = new ArrayList<>(index);
        shipped.addAll(docs);
        long shippedBytes = size(shipped);
        long textBytes = size(texts);
        CompletableFuture<SearchIndexReport> report;
        if (gzipSizes || shippedBytes > config.search().budgetKb() * 1024) {
            report = GzipSize.inBackground(shipped).thenCombine(GzipSize.inBackground(texts), (shippedGzip, textGzip) ->
                    new SearchIndexReport(infos.size(), shippedBytes, shippedGzip.bytes(), textBytes, textGzip.bytes(),
                            termCount, bigrams, commonCount, shippedGzip.estimated() || textGzip.estimated()));
        } else {
            report = CompletableFuture.completedFuture(new SearchIndexReport(infos.size(), shippedBytes,
                    SearchIndexReport.UNMEASURED, textBytes, SearchIndexReport.UNMEASURED, termCount, bigrams,
                    commonCount, false));
        }
        return new SearchIndex(index, infos, shaped.foldTable(), docs, texts, report);
    }

    /** The analysed documents as the index gets them, with what the browser needs to query them. */
    private record Shaped(IndexCorpus documents, String foldTable, Set<String> common) {
    }

    /** Common terms out of the body, frequent terms first; the unshaped corpus is garbage after this. */
    private Shaped shape(IndexCorpus analysed) {
        // The fold table covers the common terms too: a Traditional query must fold to them.
        String foldTable = analyzer.folding().browserTable(analysed.allTerms());
        Set<String> common = IndexShaping.commonCjkTerms(analysed, "body", COMMON_SHARE, COMMON_MIN_DOCUMENTS);
        IndexCorpus documents = IndexShaping.frequentTermsFirst(IndexShaping.withoutTerms(analysed, "body", common));
        return new Shaped(documents, foldTable, common);
    }

    private static long size(List<byte[]> parts) {
        return parts.stream().mapToLong(part -> part.length).sum();
    }

    /** Every document's fields analysed into term counts, on every core, and added in document order. */
    private IndexCorpus analyse(List<Draft> drafts) {
        return IndexCorpus.builder(FIELDS.stream().map(SearchField::name).toList(), false)
                .addAll(drafts.size(), i -> new IndexCorpus.AnalysedDocument(ref(i),
                        drafts.get(i).boost == 1 ? null : drafts.get(i).boost, analyse(drafts.get(i))))
                .build();
    }

    /** The title, keywords and body of a document, in the order of {@link #FIELDS}. */
    private List<TermCounts> analyse(Draft draft) {
        return List.of(TermCounts.of(analyzer, draft.title),
                TermCounts.of(analyzer, String.join("\n", draft.keywords) + "\n" + draft.headings),
                TermCounts.of(analyzer, draft.summary + "\n" + draft.text));
    }

    /**
     * The ref of the {@code i}th document: {@code a}…{@code z}, {@code A}…{@code Z}, then {@code ba},
     * {@code bb}… (base 52, most significant first). Letters only, so never integer-like (JS would
     * reorder integer-like refs in postings); no site is big enough for seven letters, the shortest
     * {@code Object.prototype} name.
     */
    static String ref(int i) {
        StringBuilder ref = new StringBuilder();
        int rest = i;
        do {
            ref.append(REF_DIGITS.charAt(rest % REF_DIGITS.length()));
            rest /= REF_DIGITS.length();
        } while (rest > 0);
        return ref.reverse().toString();
    }

    private Draft pageDraft(TransformedPage transformed) {
        Page page = transformed.page();
        List<String> headings = transformed.text().headings();
        String section = page.section();
        String typeLabel = page.contentType().map(ContentType::label).orElse("");
        Draft draft = new Draft("/" + page.url(), SiteLinks.encodePath(page.url()), page.title(), page.type(),
                typeLabel, sectionTitle(section), page.summary(), transformed.text().text(), 1);
        draft.keywords.addAll(page.tags());
        draft.headings = String.join("\n", headings);
        return draft;
    }

    private String sectionTitle(String section) {
        return config.typeForFolder(section).map(ContentType::label).orElse(section);
    }

    private String typeLabel(String type) {
        return config.type(type).map(ContentType::label).orElse(type);
    }

    /** {@code search/docs.json}: the fold table, the common terms and per-document display data. */
    private static List<byte[]> docsJson(String foldTable, Set<String> common, List<SearchDocumentInfo> documents) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("fold", foldTable);
        data.put("common", common);
        data.put("docs", documents);
        return utf8Json(data);
    }

    /**
     * Jackson's text generator, encoded as UTF-8 on the way out: its byte generator would escape
     * characters outside the BMP ({@code 𠮷}, emoji) as surrogate pairs, unlike the text one.
     */
    private static List<byte[]> utf8Json(Object data) {
        ByteParts bytes = new ByteParts();
        try {
            JSON.writeValue(new OutputStreamWriter(bytes, StandardCharsets.UTF_8), data);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.parts();
    }

    /** A document being assembled (mutable only while entries are merged into it). */
    private static final class Draft {
        final String path;
        final String url;
        final String title;
        final String type;
        final String typeLabel;
        final String section;
        final String summary;
        final String text;
        final List<String> keywords = new ArrayList<>();
        String headings = "";
        double boost;

        Draft(String path, String url, String title, String type, String typeLabel, String section, String summary,
              String text, double boost) {
            this.path = path;
            this.url = url;
            this.title = title;
            this.type = type;
            this.typeLabel = typeLabel;
            this.section = section;
            this.summary = summary;
            this.text = text;
            this.boost = boost;
        }

        SearchDocumentInfo info(String ref) {
            return new SearchDocumentInfo(ref, url, title, type, typeLabel, section, summary);
        }
    }
}
