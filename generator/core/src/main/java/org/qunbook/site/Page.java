package org.qunbook.site;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jsoup.nodes.Element;
import org.qunbook.api.FrontMatter;
import org.qunbook.api.PageView;
import org.qunbook.api.SourcePosition;
import org.qunbook.config.ContentType;
import org.qunbook.load.PageFrontMatter;
import org.qunbook.load.SourcePage;
import org.qunbook.yaml.YamlDocument;

/**
 * A page of the site as plugins and later stages see it: a Markdown page or one a plugin
 * generated. Everything is fixed at construction except {@link #content()}, the jsoup element
 * the transform stage rewrites in place.
 *
 * @param url         site-relative URL ({@code playbooks/x/}, {@code ""} for home)
 * @param title       page title
 * @param source      the Markdown page, absent for generated pages
 * @param generatedBy the generating plugin's name, absent for Markdown pages
 * @param layout      theme template name
 * @param content     the content element
 * @param data        template data a plugin attached to a generated page
 */
public record Page(String url, String title, Optional<SourcePage> source, Optional<String> generatedBy,
                   String layout, Element content, Map<String, Object> data) implements PageView {

    public Page {
        data = Map.copyOf(data);
    }

    public static Page of(SourcePage source, Element content) {
        String layout;
        if (source.isSection()) {
            layout = source.url().isEmpty() ? "home" : "section";
        } else {
            layout = source.type().map(ContentType::layout).orElse("page");
        }
        return new Page(source.url(), source.title(), Optional.of(source), Optional.empty(), layout, content,
                Map.of());
    }

    @Override
    public String type() {
        return source.map(SourcePage::typeName).orElse("");
    }

    @Override
    public String section() {
        if (source.isPresent()) {
            return source.get().section();
        }
        int slash = url.indexOf('/');
        return slash < 0 ? "" : url.substring(0, slash);
    }

    @Override
    public boolean isSection() {
        return source.map(SourcePage::isSection).orElse(false);
    }

    @Override
    public boolean isGenerated() {
        return source.isEmpty();
    }

    @Override
    public String sourcePath() {
        return source.map(SourcePage::displayPath).orElseGet(() -> "plugin " + generatedBy.orElse("?"));
    }

    @Override
    public SourcePosition bodyPosition(int bodyLine) {
        return source.map(s -> SourcePosition.of(s.displayPath(), s.bodyFirstLine() + bodyLine - 1))
                .orElseGet(() -> SourcePosition.fileOnly(sourcePath()));
    }

    @Override
    public FrontMatter frontMatter() {
        return source.<FrontMatter>map(SourcePage::frontMatter)
                .orElseGet(() -> new PageFrontMatter(YamlDocument.empty(), sourcePath(), 0));
    }

    @Override
    public String summary() {
        return frontMatter().findString("summary").orElse(data.getOrDefault("summary", "").toString());
    }

    @Override
    public List<String> tags() {
        return frontMatter().strings("tags");
    }

    /** {@code weight} from front matter; pages without one sort after those with one. */
    public long weight() {
        return frontMatter().find("weight").filter(Long.class::isInstance).map(Long.class::cast)
                .orElse(Long.MAX_VALUE);
    }

    public boolean isDraft() {
        return source.map(SourcePage::draft).orElse(false);
    }

    public Optional<ContentType> contentType() {
        return source.flatMap(SourcePage::type);
    }
}
