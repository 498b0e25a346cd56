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
    /** Null when the site trusts its writers ({@code markdown.unsafe_html}): raw HTML stays as written. */
    private final GeneratedMarkupCheck generatedMarkup;

    public MarkdownParser(MarkdownSetup plugins) {
        this(plugins, false);
    }

    /** @param unsafeHtml {@code markdown.unsafe_html}: keep raw HTML, links and attributes as written */
    public MarkdownParser(MarkdownSetup plugins, boolean unsafeHtml) {
        MutableDataSet options = new MutableDataSet();
        List<Extension> extensions = new ArrayList<>(List.of(
                TablesExtension.create(), TaskListExtension.create(), new CjkStrikethroughExtension(),
                new QuickAutolinkExtension(), FootnoteExtension.create(), TocExtension.create(),
                new QuickAdmonitionExtension(), DefinitionExtension.create(), AttributesExtension.create(),
                CjkEmphasisExtension.create(), new SourceLineExtension()));
        if (!unsafeHtml) {
            extensions.add(new RawHtmlExtension());
        }
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
        this.generatedMarkup = unsafeHtml ? null : new GeneratedMarkupCheck(new HtmlPolicy());
    }

    @SuppressWarnings("unchecked")
    private static <T> void setUnchecked(MutableDataSet options, DataKey<T> key, Object value) {
        options.set(key, (T) value);
    }

    /** The page's Markdown body as HTML (raw HTML filtered unless the site allows it). */
    public String renderHtml(String markdown) {
        return markdownHtml(markdown).html();
    }

    /** The page's Markdown body as HTML, with what was removed from its raw HTML. */
    public MarkdownHtml markdownHtml(String markdown) {
        com.vladsch.flexmark.util.ast.Document document = parser.parse(markdown);
        List<HtmlRemoval> removals = new ArrayList<>();
        if (generatedMarkup != null) {
            RawHtmlExtension.dropRawTextContent(document);
        }
        RawHtmlExtension.REMOVALS.set(document, removals);
        String html = renderer.render(document);
        return new MarkdownHtml(html, removals);
    }

    public ParsedPage parse(SourcePage page) throws MarkdownRefused {
        return parse(page, new java.util.HashMap<>());
    }

    /**
     * @param htmlByMarkdown renderings of earlier builds ({@code serve}), reused for unchanged text
     * @throws MarkdownRefused if the page goes beyond {@link MarkdownLimits} or cannot be converted
     */
    public ParsedPage parse(SourcePage page, Map<String, MarkdownHtml> htmlByMarkdown) throws MarkdownRefused {
        MarkdownHtml markdown = htmlByMarkdown.get(page.body());
        if (markdown == null) {
            markdown = convert(page.body());
            htmlByMarkdown.put(page.body(), markdown);
        }
        try {
            Document document = Jsoup.parseBodyFragment(markdown.html());
            document.outputSettings().prettyPrint(false);
            List<HtmlRemoval> removals = new ArrayList<>(markdown.removals());
            if (generatedMarkup != null) {
                generatedMarkup.apply(document.body(), removals);
            }
            return new ParsedPage(page, document.body(), removals);
        } catch (StackOverflowError | OutOfMemoryError | RuntimeException e) {
            throw failed(e);
        }
    }

    private MarkdownHtml convert(String body) throws MarkdownRefused {
        java.util.Optional<MarkdownLimits.Exceeded> exceeded = MarkdownLimits.check(body);
        if (exceeded.isPresent()) {
            throw new MarkdownRefused(exceeded.get().bodyLine(), exceeded.get().message(), null);
        }
        try {
            return markdownHtml(body);
        } catch (StackOverflowError | OutOfMemoryError | RuntimeException e) {
            throw failed(e);
        }
    }

    private static MarkdownRefused failed(Throwable e) {
        String why = e instanceof StackOverflowError ? "its structure is nested too deeply for the converter"
                : e instanceof OutOfMemoryError ? "the converter ran out of memory on it"
                : "the converter failed on it (" + e + "; please report this as a bug)";
        return new MarkdownRefused(0, "cannot convert this page's Markdown: " + why
                + "; split the page or simplify the structure", e);
    }
}
