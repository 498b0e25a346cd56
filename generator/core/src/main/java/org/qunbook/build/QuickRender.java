package org.qunbook.build;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.qunbook.load.ContentLoader;
import org.qunbook.load.SourcePage;
import org.qunbook.parse.MarkdownHtml;
import org.qunbook.parse.MarkdownParser;
import org.qunbook.parse.MarkdownRefused;
import org.qunbook.problem.Problems;
import org.qunbook.render.RenderedFile;
import org.qunbook.render.SiteRenderer;
import org.qunbook.site.ContentPage;
import org.qunbook.transform.ContentTransformer;
import org.qunbook.transform.TransformedPage;
import org.qunbook.write.LiveOutput;

/**
 * {@code serve}'s answer to a save, before the rebuild: the edited pages alone, re-made with the
 * stages of the last good build and written over their old files, so the browser can reload in
 * milliseconds on a site of any size (like Hugo's fast render mode). It applies only when an edit
 * changed nothing but page bodies (same front matter, so the same title, URL, lists and sidebars
 * everywhere else), and only if the pages re-make without errors; otherwise the caller simply waits
 * for the rebuild. The rebuild runs right after in any case and writes whatever else the edit
 * changed (a glossary "used in" list, the search index), so the site ends up exactly as a full
 * build makes it.
 */
public final class QuickRender {

    private final Path source;
    private final Path output;
    private final ContentLoader loader;
    private final MarkdownParser parser;
    private final Map<String, MarkdownHtml> markdownHtml;
    private final ContentTransformer transformer;
    private final SiteRenderer renderer;
    private final LiveOutput.State outputState;
    /**
     * The site's pages as last rendered (their content released by the render, except an edited
     * page's before it is rendered); an edited page replaces its old version here.
     */
    private List<ContentPage> pages;
    private final Map<String, Integer> bySourcePath = new HashMap<>();

    QuickRender(Path source, Path output, ContentLoader loader, MarkdownParser parser, Map<String, MarkdownHtml> markdownHtml,
                ContentTransformer transformer, SiteRenderer renderer, LiveOutput.State outputState, List<ContentPage> pages) {
        this.source = source.toAbsolutePath().normalize();
        this.output = output;
        this.loader = loader;
        this.parser = parser;
        this.markdownHtml = markdownHtml;
        this.transformer = transformer;
        this.renderer = renderer;
        this.outputState = outputState;
        this.pages = List.copyOf(pages);
        for (int i = 0; i < pages.size(); i++) {
            int at = i;
            pages.get(i).page().source().ifPresent(s -> bySourcePath.put(s.relativePath(), at));
        }
    }

    /**
     * Re-makes the pages of the edited Markdown files and writes them.
     *
     * @return the output paths written (empty if nothing changed), or empty if this edit needs the
     *         full rebuild first: not only bodies changed, a file is new or gone, or a page has errors
     */
    public synchronized Optional<List<String>> render(Collection<Path> editedFiles) {
        Problems problems = new Problems();
        List<ContentPage> next = new ArrayList<>(pages);
        List<ContentPage> edited = new ArrayList<>();
        for (Path file : editedFiles) {
            Path absolute = file.toAbsolutePath().normalize();
            Integer index = absolute.startsWith(source)
                    ? bySourcePath.get(source.relativize(absolute).toString().replace('\\', '/')) : null;
            if (index == null) {
                return Optional.empty();
            }
            SourcePage before = next.get(index).page().source().orElseThrow();
            Optional<SourcePage> after = loader.reload(source, before, problems);
            if (after.isEmpty() || problems.hasErrors() || !after.get().sameExceptBody(before)) {
                return Optional.empty();
            }
            if (after.get().body().equals(before.body())) {
                continue; // saved without a change
            }
            ContentPage page;
            try {
                page = ContentPage.of(parser.parse(after.get(), markdownHtml));
            } catch (MarkdownRefused e) {
                return Optional.empty(); // the rebuild reports it
            }
            next.set(index, page);
            edited.add(page);
        }
        List<RenderedFile> files = new ArrayList<>();
        // Link problems come back here; anything a plugin reports goes to the last build's collector,
        // unseen: the rebuild right after reports it (and shows it in the pages if it is an error).
        for (ContentPage page : edited) {
            TransformedPage transformed = transformer.transformAgain(page, List.copyOf(next), problems);
            Optional<RenderedFile> file = renderer.renderAgain(transformed, problems);
            if (problems.hasErrors() || file.isEmpty()) {
                return Optional.empty();
            }
            files.add(file.get());
        }
        Optional<LiveOutput> live = LiveOutput.resume(output, outputState);
        if (live.isEmpty()) {
            return Optional.empty();
        }
        pages = List.copyOf(next);
        List<String> written = new ArrayList<>();
        for (RenderedFile file : files) {
            if (live.get().patch(file.outputPath(), file.content())) {
                written.add(file.outputPath());
            }
        }
        return Optional.of(written);
    }
}
