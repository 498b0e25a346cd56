package org.qunbook.index;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.zip.GZIPOutputStream;
import org.qunbook.api.SearchEntry;
import org.qunbook.config.ContentType;
import org.qunbook.config.SiteConfig;
import org.qunbook.search.IndexedDocument;
import org.qunbook.search.LunrIndexSettings;
import org.qunbook.search.LunrIndexWriter;
import org.qunbook.search.SearchField;
import org.qunbook.search.TextAnalyzer;
import org.qunbook.search.Token;
import org.qunbook.site.Page;
import org.qunbook.site.SiteLinks;
import org.qunbook.transform.TransformedPage;

/**
 * The index stage: which text of a page goes into which field, analysed once with the same rules
 * the browser applies to queries, written as a stock lunr.js 2.3.9 index.
 *
 * <p>Refs are the page's URL path with a leading slash ({@code /playbooks/x/}), never
 * integer-like. A plugin's search entry for a URL that is already a page (a glossary term page)
 * adds its keywords to that page instead of a second document.
 */
public final class SearchIndexer {

    /**
     * Fields and boosts: a hit in the title counts most, then keywords (tags, aliases, headings),
     * then the text (summary and body). Only three fields, because every posting of every term
     * lists every field: each extra field adds about a fifth to the index.
     */
    static final List<SearchField> FIELDS = List.of(new SearchField("title", 10), new SearchField("keywords", 4),
            SearchField.of("body"));

    private final SiteConfig config;
    private final TextAnalyzer analyzer;

    public SearchIndexer(SiteConfig config, TextAnalyzer analyzer) {
        this.config = config;
        this.analyzer = analyzer;
    }

    public SearchIndex build(List<TransformedPage> pages, List<SearchEntry> entries) {
        Map<String, Draft> drafts = new LinkedHashMap<>();
        for (TransformedPage transformed : pages) {
            Draft draft = pageDraft(transformed);
            drafts.put(draft.ref, draft);
        }
        for (SearchEntry entry : entries) {
            String ref = "/" + entry.url();
            Draft existing = drafts.get(ref);
            if (existing != null) {
                existing.keywords.addAll(entry.keywords());
                existing.boost = Math.max(existing.boost, entry.boost());
            } else {
                Draft draft = new Draft(ref, SiteLinks.encodePath(entry.url()), entry.title(), entry.type(),
                        typeLabel(entry.type()), "", "", entry.text(), entry.boost());
                draft.keywords.addAll(entry.keywords());
                drafts.put(ref, draft);
            }
        }
        List<IndexedDocument> documents = drafts.values().parallelStream().map(this::analyse).toList();
        String json = new LunrIndexWriter(LunrIndexSettings.of(FIELDS)).toJson(documents);
        Set<String> terms = new TreeSet<>();
        documents.forEach(d -> terms.addAll(d.terms()));
        String foldTable = analyzer.folding().browserTable(terms);
        List<SearchDocumentInfo> infos = drafts.values().stream().map(Draft::info).toList();
        long bigrams = terms.stream().filter(SearchIndexer::isCjkBigram).count();
        String docs = docsJson(foldTable, infos);
        byte[] shipped = (json + docs).getBytes(StandardCharsets.UTF_8);
        return new SearchIndex(json, infos, foldTable, docs, new SearchIndexReport(infos.size(), shipped.length,
                gzipSize(shipped), terms.size(), (int) bigrams));
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

    private IndexedDocument analyse(Draft draft) {
        Map<String, List<Token>> fields = new LinkedHashMap<>();
        fields.put("title", analyzer.analyze(draft.title));
        fields.put("keywords", analyzer.analyze(String.join("\n", draft.keywords) + "\n" + draft.headings));
        fields.put("body", analyzer.analyze(draft.summary + "\n" + draft.text));
        return new IndexedDocument(draft.ref, draft.boost == 1 ? null : draft.boost, fields);
    }

    /** {@code search/docs.json}: the fold table and per-document display data. */
    private static String docsJson(String foldTable, List<SearchDocumentInfo> documents) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("fold", foldTable);
        data.put("docs", documents);
        try {
            return new ObjectMapper().writeValueAsString(data);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static long gzipSize(byte[] bytes) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(out)) {
            gzip.write(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.size();
    }

    private static boolean isCjkBigram(String term) {
        return term.codePointCount(0, term.length()) == 2 && term.codePoints()
                .allMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN);
    }

    /** A document being assembled (mutable only while entries are merged into it). */
    private static final class Draft {
        final String ref;
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

        Draft(String ref, String url, String title, String type, String typeLabel, String section, String summary,
              String text, double boost) {
            this.ref = ref;
            this.url = url;
            this.title = title;
            this.type = type;
            this.typeLabel = typeLabel;
            this.section = section;
            this.summary = summary;
            this.text = text;
            this.boost = boost;
        }

        SearchDocumentInfo info() {
            return new SearchDocumentInfo(ref, url, title, type, typeLabel, section, summary, text);
        }
    }
}
