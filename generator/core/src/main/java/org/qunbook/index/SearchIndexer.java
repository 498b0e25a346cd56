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
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;
import org.qunbook.api.SearchEntry;
import org.qunbook.config.ContentType;
import org.qunbook.config.SiteConfig;
import org.qunbook.search.ExactNames;
import org.qunbook.search.IndexCorpus;
import org.qunbook.search.IndexShaping;
import org.qunbook.search.LunrIndexSettings;
import org.qunbook.search.LunrShardWriter;
import org.qunbook.search.SearchScript;
import org.qunbook.search.SearchField;
import org.qunbook.search.TermCounts;
import org.qunbook.search.TextAnalyzer;
import org.qunbook.site.Page;
import org.qunbook.site.SiteLinks;
import org.qunbook.transform.ReadableText;
import org.qunbook.transform.TransformedPage;

/**
 * The index stage: which text of a page goes into which field, analysed once with the same rules
 * the browser applies to queries, written as a stock lunr.js 2.3.9 index cut into term shards.
 *
 * <p>A plugin's search entry for a URL that is already a page (a glossary term page) adds its
 * keywords to that page instead of a second document.
 *
 * <p>A reader downloads only what a query needs, whatever the size of the site (the files are
 * described in {@link SearchIndex}): the shards holding the query's terms
 * ({@link LunrShardWriter}: a range of terms each, every one a lunr index of its own, so the
 * client scores a query's shards itself and gets the whole index's scores), then the display data of the
 * results shown, in chunks of {@link #DOC_CHUNK} documents, then each shown result's text for its
 * snippet. Every term of every page is indexed in every field: nothing is left out to keep one
 * file small. What keeps the shards small, leaving lunr's format and scoring alone:
 * <ul>
 *   <li>Refs are short codes given in document order ({@link #ref}); the display chunks map them to pages.</li>
 *   <li>Scores are kept to one decimal (the boosts of {@link #FIELDS}).</li>
 *   <li>Frequent terms get the small term numbers ({@link IndexShaping#frequentTermsFirst}).</li>
 * </ul>
 *
 * <p>The stage handles millions of tokens, so nothing is kept per token: each field is counted as
 * it is analysed ({@link TermCounts}, CJK terms as packed keys rather than Strings), documents hold
 * term ids with counts ({@link IndexCorpus}), the shaping works on those ids, and the shards are
 * written straight to UTF-8 bytes on every core. The gzipped sizes of the report take longer to
 * compute than the index itself; they are deflated on threads of their own while the build goes on,
 * and {@link SearchIndex#report()} completes when they are done.
 */
public final class SearchIndexer {

    /**
     * Fields and boosts: a hit in the title ({@code t}) counts most, then keywords ({@code k}: tags,
     * aliases, headings), then the text ({@code b}: summary and body). Only three fields, because
     * every posting of every term lists every field: each extra field adds about a fifth to the
     * index. One-letter names, because every field-vector entry of every shard repeats one
     * ({@code "b/ref"}): a tenth of the index's raw size at 10,000 pages.
     *
     * <p>The boosts are 10 : 4 : 1 times 0.01. lunr stores every score rounded to three decimals, so
     * a hundredth of BM25's score keeps one decimal of it: enough to rank by (every score is scaled
     * alike), and far fewer distinct numbers to store than three decimals of the full score (the
     * index of the 1,000-page benchmark is 16% smaller gzipped). They are written as whole
     * thousandths ({@link LunrIndexSettings#wholeThousandths()}: {@code 1} for {@code 0.001}).
     */
    static final List<SearchField> FIELDS = List.of(new SearchField("t", 0.1), new SearchField("k", 0.04),
            new SearchField("b", 0.01));

    /**
     * A shard's size, raw, above which it is split: about 6 KiB gzipped, so a query of a few terms
     * (a CJK word is looked up by each of its bigrams, each usually in a shard of its own) loads a few
     * tens of KiB however big the site; a term in many pages of a big site gets shards of its own,
     * each a range of documents of about 8 times this ({@link LunrShardWriter#HOT_PARTS}).
     */
    static final int MAX_SHARD_BYTES = 20 * 1024;

    /**
     * Shard keys listed in meta.js; a site with more lists every {@link #KEY_GROUP}-th there and the
     * keys in {@code keys/G.js} (at 10,000 pages, 15,000 keys were 46 KiB of meta.js gzipped; a query
     * now loads the two or three groups around its terms, about 1 KiB each).
     */
    static final int KEYS_INLINE = 512;

    static final int KEY_GROUP = 256;

    /** Exact names kept in meta.js; a site with more spreads them over files of about {@link #EXACT_PER_FILE}. */
    static final int EXACT_INLINE = 512;

    static final int EXACT_PER_FILE = 128;

    /** Documents per display-data file: the results shown load a few of them. */
    static final int DOC_CHUNK = 16;

    /**
     * The most a landing page (the home page, a section's {@code _index.md}) weighs in the ranking,
     * whatever its type's weight (a lower one stays): it introduces every page of its section, so its
     * text touches every question, and the page about the question should come first (the task-query
     * suite's MRR: 0.876 with the type's weight, 0.885 with 1, 0.894 with 0.7 and with 0.5; the
     * keyword suite unchanged).
     */
    static final double LANDING_WEIGHT = 0.7;

    private static final ObjectMapper JSON = new ObjectMapper();

    static final String REF_DIGITS = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";

    private final SiteConfig config;
    private final TextAnalyzer analyzer;
    private final Map<String, List<String>> synonyms;

    public SearchIndexer(SiteConfig config, TextAnalyzer analyzer) {
        this(config, analyzer, Map.of());
    }

    /** @param synonyms a word a reader types, with the handbook's words for it ({@link SearchSynonyms}) */
    public SearchIndexer(SiteConfig config, TextAnalyzer analyzer, Map<String, List<String>> synonyms) {
        this.config = config;
        this.analyzer = analyzer;
        this.synonyms = Map.copyOf(synonyms);
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
                existing.names.addAll(entry.keywords());
                existing.boost = Math.max(existing.boost, entry.boost());
            } else {
                Draft draft = new Draft(path, SiteLinks.encodePath(entry.url()), entry.title(), entry.type(),
                        typeLabel(entry.type()), "", "", entry.text(), entry.boost());
                draft.keywords.addAll(entry.keywords());
                draft.names.addAll(entry.keywords());
                drafts.put(path, draft);
            }
        }
        List<Draft> ordered = List.copyOf(drafts.values());
        IndexCorpus analysed = analyse(ordered);
        // The fold table covers every term: a Traditional query must fold to them.
        String foldTable = analyzer.folding().browserTable(analysed.allTerms());
        IndexCorpus documents = IndexShaping.frequentTermsFirst(analysed);
        // what follows is mostly one core's work (the shards use every core): the texts' files are made meanwhile
        CompletableFuture<List<SearchFile>> textFiles = CompletableFuture.supplyAsync(() -> IntStream
                .range(0, ordered.size())
                .mapToObj(i -> file("texts/" + i, utf8Json(ordered.get(i).textFile()))).toList());
        List<LunrShardWriter.Shard> shards = new LunrShardWriter(LunrIndexSettings.of(FIELDS).withWholeThousandths(true), MAX_SHARD_BYTES)
                .write(documents);
        List<SearchDocumentInfo> infos = IntStream.range(0, ordered.size())
                .mapToObj(i -> ordered.get(i).info(ref(i))).toList();

        List<SearchFile> shipped = new ArrayList<>();
        Map<String, String> exact = exactNames(ordered);
        List<Map<String, String>> exactBuckets = exactBuckets(exact);
        List<String> keys = shards.stream().map(LunrShardWriter.Shard::key).toList();
        shipped.add(file("meta", utf8Json(meta(foldTable, keys, infos, exact, exactBuckets.size()))));
        if (keys.size() > KEYS_INLINE) {
            for (int g = 0; g * KEY_GROUP < keys.size(); g++) {
                shipped.add(file("keys/" + g, utf8Json(keys.subList(g * KEY_GROUP,
                        Math.min(keys.size(), (g + 1) * KEY_GROUP)))));
            }
        }
        for (int b = 0; b < exactBuckets.size(); b++) {
            shipped.add(file("exact/" + b, utf8Json(exactBuckets.get(b))));
        }
        for (int s = 0; s < shards.size(); s++) {
            shipped.add(file("shards/" + s, List.of(shards.get(s).json())));
        }
        for (int c = 0; c * DOC_CHUNK < infos.size(); c++) {
            shipped.add(file("docs/" + c, utf8Json(infos.subList(c * DOC_CHUNK,
                    Math.min(infos.size(), (c + 1) * DOC_CHUNK)))));
        }
        List<SearchFile> texts = textFiles.join();

        List<String> terms = documents.indexedTerms();
        int termCount = terms.size();
        int bigrams = (int) terms.stream().filter(IndexShaping::isCjkBigram).count();
        int largestShard = shards.stream().mapToInt(shard -> shard.json().length).max().orElse(0);
        List<byte[]> shippedParts = parts(shipped);
        List<byte[]> textParts = parts(texts);
        long shippedBytes = size(shippedParts);
        long textBytes = size(textParts);
        CompletableFuture<SearchIndexReport> report;
        if (gzipSizes || shippedBytes > config.search().budgetKb() * 1024) {
            report = GzipSize.inBackground(shippedParts).thenCombine(GzipSize.inBackground(textParts),
                    (shippedGzip, textGzip) -> new SearchIndexReport(infos.size(), shippedBytes, shippedGzip.bytes(),
                            textBytes, textGzip.bytes(), termCount, bigrams, shards.size(), largestShard,
                            shippedGzip.estimated() || textGzip.estimated()));
        } else {
            report = CompletableFuture.completedFuture(new SearchIndexReport(infos.size(), shippedBytes,
                    SearchIndexReport.UNMEASURED, textBytes, SearchIndexReport.UNMEASURED, termCount, bigrams,
                    shards.size(), largestShard, false));
        }
        List<SearchFile> files = new ArrayList<>(shipped);
        files.addAll(texts);
        return new SearchIndex(files, infos, foldTable, report);
    }

    private static SearchFile file(String name, List<byte[]> json) {
        return new SearchFile(SearchScript.path(name), SearchScript.wrap(name, json));
    }

    private static List<byte[]> parts(List<SearchFile> files) {
        return files.stream().flatMap(f -> f.parts().stream()).toList();
    }

    /**
     * {@code meta.js}: what the client reads first: fields, fold table, where each shard starts,
     * how refs map to display chunks, the content types and the fields with a closed list of values
     * (the results page's filters).
     */
    private Map<String, Object> meta(String foldTable, List<String> keys,
                                     List<SearchDocumentInfo> infos, Map<String, String> exact, int exactBuckets) {
        Map<String, Object> meta = new LinkedHashMap<>();
        meta.put("version", 1);
        meta.put("fields", FIELDS.stream().map(SearchField::name).toList());
        meta.put("fold", foldTable);
        if (keys.size() <= KEYS_INLINE) {
            meta.put("shards", keys);
        } else {
            // a big site: every KEY_GROUP-th key here, the keys themselves in keys/G.js
            meta.put("keyGroup", KEY_GROUP);
            meta.put("keyGroups", java.util.stream.IntStream.range(0, (keys.size() + KEY_GROUP - 1) / KEY_GROUP)
                    .mapToObj(g -> keys.get(g * KEY_GROUP)).toList());
        }
        meta.put("refDigits", REF_DIGITS);
        meta.put("docChunk", DOC_CHUNK);
        meta.put("documents", infos.size());
        List<Map<String, Object>> types = new ArrayList<>();
        List<String> seen = new ArrayList<>();
        for (SearchDocumentInfo info : infos) {
            if (!info.type().isEmpty() && !seen.contains(info.type())) {
                seen.add(info.type());
                Map<String, Object> type = new LinkedHashMap<>();
                type.put("type", info.type());
                type.put("label", info.typeLabel().isEmpty() ? info.type() : info.typeLabel());
                type.put("facets", facetFields(info.type()).keySet());
                types.add(type);
            }
        }
        meta.put("types", types);
        meta.put("query", queryRules(exact, exactBuckets));
        return meta;
    }

    /**
     * How the client reads a query ({@code qunbook-search.js}, {@code Site.queryOptions}): the stop
     * words it drops, the synonyms it adds, and the document each exact name leads to (a page's
     * title, a glossary term's term and aliases: a query that is exactly one of them puts that
     * document first). The client normalises the names as it does queries.
     */
    private Map<String, Object> queryRules(Map<String, String> exact, int exactBuckets) {
        Map<String, Object> rules = new LinkedHashMap<>();
        rules.put("stopWords", config.search().stopWords());
        rules.put("synonyms", new java.util.TreeMap<>(synonyms));
        if (exactBuckets == 0) {
            rules.put("exact", exact);
        } else {
            rules.put("exactBuckets", exactBuckets);
        }
        return rules;
    }

    /** A document's exact names (see queryRules), each with its ref: a plugin's names first, then page titles. */
    private static Map<String, String> exactNames(List<Draft> drafts) {
        Map<String, String> exact = new LinkedHashMap<>();
        // a plugin's names (a term and its aliases) first: they name the document more surely than a title
        for (int i = 0; i < drafts.size(); i++) {
            for (String name : drafts.get(i).names) {
                exact.putIfAbsent(name, ref(i));
            }
        }
        for (int i = 0; i < drafts.size(); i++) {
            exact.putIfAbsent(drafts.get(i).title, ref(i));
        }
        return exact;
    }

    /**
     * A big site's exact names in files of about {@link #EXACT_PER_FILE} ({@code exact/N.js}), by a
     * hash of each name's key as the client normalises a query ({@link ExactNames}): a query loads one
     * or two of them, not a list the size of the site in {@code meta.js} (at 10,000 pages it was two
     * thirds of meta.js, 100 KiB gzipped). Up to {@link #EXACT_INLINE} names stay in meta.js.
     */
    private List<Map<String, String>> exactBuckets(Map<String, String> exact) {
        if (exact.size() <= EXACT_INLINE) {
            return List.of();
        }
        Map<String, String> byKey = new LinkedHashMap<>();
        exact.forEach((name, ref) -> {
            String key = ExactNames.key(name, analyzer.folding());
            if (!key.isEmpty()) {
                byKey.putIfAbsent(key, ref);
            }
        });
        int count = Math.max(1, (byKey.size() + EXACT_PER_FILE - 1) / EXACT_PER_FILE);
        List<Map<String, String>> buckets = new ArrayList<>();
        for (int b = 0; b < count; b++) {
            buckets.add(new java.util.TreeMap<>());
        }
        byKey.forEach((key, ref) -> buckets.get(ExactNames.bucket(key, count)).put(key, ref));
        return buckets;
    }

    /** The fields of a type that have a closed list of values (not lists or objects), with those values. */
    private Map<String, List<Object>> facetFields(String type) {
        Map<String, List<Object>> facets = new LinkedHashMap<>();
        config.type(type).ifPresent(t -> t.fields().forEach((name, spec) -> {
            if (!spec.values().isEmpty()) {
                facets.put(name, spec.values());
            }
        }));
        return facets;
    }

    private static long size(List<byte[]> parts) {
        return parts.stream().mapToLong(part -> part.length).sum();
    }

    /** Every document's fields analysed into term counts, on every core, and added in document order. */
    private IndexCorpus analyse(List<Draft> drafts) {
        return IndexCorpus.builder(FIELDS.stream().map(SearchField::name).toList(), false)
                .addAll(drafts.size(), i -> new IndexCorpus.AnalysedDocument(ref(i),
                        boost(drafts.get(i)), analyse(drafts.get(i))))
                .build();
    }

    /**
     * A document's boost: its own (a plugin's entry) times its type's weight (search.type_weights), at
     * most {@link #LANDING_WEIGHT} for a landing page; null for 1.
     */
    private Double boost(Draft draft) {
        double typeWeight = config.search().typeWeight(draft.type);
        double boost = draft.boost * (draft.landing ? Math.min(LANDING_WEIGHT, typeWeight) : typeWeight);
        return boost == 1 ? null : boost;
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
        facetFields(page.type()).forEach((field, values) -> page.frontMatter().findString(field)
                .ifPresent(value -> draft.facets.put(field, value)));
        draft.keywords.addAll(page.tags());
        draft.headings = String.join("\n", headings);
        draft.sections.addAll(sectionsOf(transformed.text()));
        draft.landing = page.isSection();
        return draft;
    }

    /**
     * The h2 and h3 sections of a page a result can link to, for its text file: where each starts and
     * ends in the text (from its heading up to the next h2 or h3, in UTF-16 units, as JS counts), its
     * heading id as a URL fragment and its heading path (an h3 under its h2). The client picks the ones that answer a
     * query from the text it loads for the snippet anyway ({@code search-highlight.js}, {@code sections}),
     * as Pagefind's sub-results do: sections are not documents of the index, where each would post
     * every term of its page a second time. A section with no text of its own beyond its heading (an h2
     * right before its first h3) is left out: its h3s carry its heading.
     */
    private static List<List<Object>> sectionsOf(ReadableText text) {
        List<List<Object>> out = new ArrayList<>();
        List<ReadableText.Section> sections = text.sections();
        String h2 = null;
        for (int i = 0; i < sections.size(); i++) {
            var section = sections.get(i);
            int end = i + 1 < sections.size() ? sections.get(i + 1).start() : text.text().length();
            String path = section.level() == 2 || h2 == null ? section.heading() : h2 + " › " + section.heading();
            if (section.level() == 2) {
                h2 = section.heading();
            }
            String body = text.text().substring(Math.min(section.start() + section.heading().length(), end), end).strip();
            if (!body.isEmpty() && !section.id().isEmpty()) {
                out.add(List.of(section.start(), end, SiteLinks.encodePath(section.id()), path));
            }
        }
        return out;
    }

    private String sectionTitle(String section) {
        return config.typeForFolder(section).map(ContentType::label).orElse(section);
    }

    private String typeLabel(String type) {
        return config.type(type).map(ContentType::label).orElse(type);
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
        /** What a plugin calls the document (a glossary term and its aliases): exact names. */
        final List<String> names = new ArrayList<>();
        final Map<String, String> facets = new LinkedHashMap<>();
        /** The page's sections: [start, end, fragment, heading path] in its text ({@link #sectionsOf}). */
        final List<List<Object>> sections = new ArrayList<>();
        String headings = "";
        double boost;
        boolean landing;

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
            return new SearchDocumentInfo(ref, url, title, type, typeLabel, section, summary, facets);
        }

        /** The document's text file ({@code texts/N.js}): its text, for the snippet, and its sections. */
        Map<String, Object> textFile() {
            Map<String, Object> file = new LinkedHashMap<>();
            file.put("text", text);
            file.put("sections", sections);
            return file;
        }
    }
}
