package org.qunbook.site;

import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.qunbook.api.FrontMatter;
import org.qunbook.api.GeneratedPage;
import org.qunbook.api.PageView;
import org.qunbook.api.SourcePosition;
import org.qunbook.load.SourcePage;
import org.qunbook.parse.ParsedPage;

/**
 * A page's facts with its content, as the plugin hooks before render and the transform stage see
 * it. Nothing here changes: the facts are immutable and the content's element, which the transform
 * stage rewrites in place, is behind the handle the render stage takes. After render,
 * {@link #content()} refuses ({@link ContentHandle#RELEASED}); the hooks after render are given
 * these pages typed as facts ({@link org.qunbook.api.PageInfo}).
 *
 * @param page   the facts
 * @param handle the content until render
 */
public record ContentPage(Page page, ContentHandle handle) implements PageView {

    /** The parse stage's record of a Markdown page, as the plugins and the transform stage take it. */
    public static ContentPage of(ParsedPage parsed) {
        return of(parsed.source(), parsed.content());
    }

    /** A Markdown page and its content (a page the parser refused gets an empty body). */
    public static ContentPage of(SourcePage source, Element content) {
        return new ContentPage(Page.of(source), new ContentHandle(content));
    }

    /** A page a plugin generated: its HTML parsed once, here, like a Markdown page's. */
    public static ContentPage generated(GeneratedPage page, String plugin) {
        Document document = Jsoup.parseBodyFragment(page.contentHtml());
        document.outputSettings().prettyPrint(false);
        return new ContentPage(Page.generated(page, plugin), new ContentHandle(document.body()));
    }

    /** @throws IllegalStateException after the render stage took the content */
    @Override
    public Element content() {
        return handle.element();
    }

    @Override
    public String url() {
        return page.url();
    }

    @Override
    public String title() {
        return page.title();
    }

    @Override
    public String type() {
        return page.type();
    }

    @Override
    public String section() {
        return page.section();
    }

    @Override
    public boolean isSection() {
        return page.isSection();
    }

    @Override
    public boolean isGenerated() {
        return page.isGenerated();
    }

    @Override
    public String sourcePath() {
        return page.sourcePath();
    }

    @Override
    public SourcePosition bodyPosition(int bodyLine) {
        return page.bodyPosition(bodyLine);
    }

    @Override
    public FrontMatter frontMatter() {
        return page.frontMatter();
    }

    @Override
    public String markdown() {
        return page.markdown();
    }

    @Override
    public String summary() {
        return page.summary();
    }

    @Override
    public List<String> tags() {
        return page.tags();
    }

    @Override
    public String updated() {
        return page.updated();
    }
}
