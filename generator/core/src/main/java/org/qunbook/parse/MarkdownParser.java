package org.qunbook.parse;

import com.vladsch.flexmark.ext.admonition.AdmonitionExtension;
import com.vladsch.flexmark.ext.attributes.AttributesExtension;
import com.vladsch.flexmark.ext.definition.DefinitionExtension;
import com.vladsch.flexmark.ext.footnotes.FootnoteExtension;
import com.vladsch.flexmark.ext.gfm.tasklist.TaskListExtension;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.ext.toc.TocExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.data.DataKey;
import com.vladsch.flexmark.util.data.MutableDataSet;
import com.vladsch.flexmark.util.misc.Extension;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.qunbook.load.SourcePage;

/**
 * The parse stage: Markdown → HTML with flexmark, then into a jsoup document.
 *
 * <p>The parser and renderer are built once and shared: both are thread-safe, and building them
 * per page would dominate the cost of small pages.
 */
public final class MarkdownParser {

    private final Parser parser;
    private final HtmlRenderer renderer;

    public MarkdownParser(MarkdownSetup plugins) {
        MutableDataSet options = new MutableDataSet();
        List<Extension> extensions = new ArrayList<>(List.of(
                TablesExtension.create(), TaskListExtension.create(), new CjkStrikethroughExtension(),
                new QuickAutolinkExtension(), FootnoteExtension.create(), TocExtension.create(),
                new QuickAdmonitionExtension(), DefinitionExtension.create(), AttributesExtension.create(),
                CjkEmphasisExtension.create(), new SourceLineExtension()));
        extensions.addAll(plugins.extensions());
        options.set(Parser.EXTENSIONS, extensions);
        // GFM-style tables and lists.
        options.set(TablesExtension.COLUMN_SPANS, false);
        options.set(TablesExtension.APPEND_MISSING_COLUMNS, true);
        options.set(TablesExtension.DISCARD_EXTRA_COLUMNS, true);
        options.set(TablesExtension.HEADER_SEPARATOR_COLUMN_MATCH, true);
        // Heading ids keep Chinese text ("## 找准社群定位" → id="找准社群定位") and are made unique.
        options.set(HtmlRenderer.GENERATE_HEADER_ID, true);
        options.set(HtmlRenderer.RENDER_HEADER_ID, true);
        options.set(HtmlRenderer.HEADER_ID_GENERATOR_RESOLVE_DUPES, true);
        options.set(HtmlRenderer.HEADER_ID_GENERATOR_TO_DASH_CHARS, " -_");
        options.set(HtmlRenderer.HEADER_ID_GENERATOR_NO_DUPED_DASHES, true);
        options.set(HtmlRenderer.HEADER_ID_GENERATOR_NON_ASCII_TO_LOWERCASE, true);
        // Soft line breaks inside a Chinese paragraph must not become spaces between characters.
        options.set(HtmlRenderer.SOFT_BREAK, "\n");
        options.set(HtmlRenderer.FENCED_CODE_LANGUAGE_CLASS_PREFIX, "language-");
        options.set(TocExtension.LEVELS, 2 | 4 | 8);
        // Without this, flexmark 0.64's admonition extension re-reads its SVG icons from its jar
        // for every document: about 10x the parse time of a page (measured with bench/'s JMH).
        options.set(AdmonitionExtension.TYPE_SVG_MAP, AdmonitionExtension.getQualifierSvgValueMap());
        // Likewise its qualifier maps, which it otherwise builds afresh for each document.
        options.set(AdmonitionExtension.QUALIFIER_TYPE_MAP, AdmonitionExtension.getQualifierTypeMap());
        options.set(AdmonitionExtension.QUALIFIER_TITLE_MAP, AdmonitionExtension.getQualifierTitleMap());
        // SourceLineExtension asks for the line of many nodes: without line tracking, flexmark
        // counts the lines from the start of the page for each (quadratic in the page's length).
        options.set(Parser.TRACK_DOCUMENT_LINES, true);
        for (Map.Entry<DataKey<?>, Object> option : plugins.options().entrySet()) {
            setUnchecked(options, option.getKey(), option.getValue());
        }
        this.parser = Parser.builder(options).build();
        this.renderer = HtmlRenderer.builder(options).build();
    }

    @SuppressWarnings("unchecked")
    private static <T> void setUnchecked(MutableDataSet options, DataKey<T> key, Object value) {
        options.set(key, (T) value);
    }

    /** The page's Markdown body as HTML. */
    public String renderHtml(String markdown) {
        return renderer.render(parser.parse(markdown));
    }

    public ParsedPage parse(SourcePage page) {
        return parse(page, new java.util.HashMap<>());
    }

    /** @param htmlByMarkdown renderings of earlier builds ({@code serve}), reused for unchanged text */
    public ParsedPage parse(SourcePage page, Map<String, String> htmlByMarkdown) {
        Document document = Jsoup.parseBodyFragment(htmlByMarkdown.computeIfAbsent(page.body(), this::renderHtml));
        document.outputSettings().prettyPrint(false);
        return new ParsedPage(page, document.body());
    }
}
