package org.qunbook.build;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.qunbook.load.SourcePage;
import org.qunbook.parse.MarkdownRefused;
import org.qunbook.problem.Problems;
import org.qunbook.problem.ShownPaths;
import org.qunbook.render.RenderedFile;
import org.qunbook.site.ContentPage;
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

    private final BuildOptions options;
    private final Path source;
    private final BuildCache cache;
    private final PageStages stages;
    /**
     * The site's pages as last rendered (their content released by the render, except an edited
     * page's before it is rendered); an edited page replaces its old version here.
     */
    private List<ContentPage> pages;
    private final Map<String, Integer> bySourcePath = new HashMap<>();

    QuickRender(BuildOptions options, BuildCache cache, PageStages stages, List<ContentPage> pages) {
        this.options = options;
        this.source = options.folders().source().toAbsolutePath().normalize();
        this.cache = cache;
        this.stages = stages;
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
        // Link problems come back here; anything a plugin reports goes to the last build's collector,
        // unseen: the rebuild right after reports it (and shows it in the pages if it is an error).
        StageRunner runner = new StageRunner(new Problems(), new ShownPaths(options.folders().workingDir()), source, false);
        List<ContentPage> next = new ArrayList<>(pages);
        try {
            Optional<List<ContentPage>> edited = runner.run("load", () -> reload(editedFiles, next, runner.problems()));
            if (edited.isEmpty()) {
                return Optional.empty();
            }
            Optional<List<RenderedFile>> files = runner.run("render", () -> render(edited.get(), next, runner.problems()));
            Optional<LiveOutput> live = LiveOutput.resume(options.folders().output(), cache.output);
            if (files.isEmpty() || live.isEmpty()) {
                return Optional.empty();
            }
            pages = List.copyOf(next);
            List<String> written = new ArrayList<>();
            for (RenderedFile file : files.get()) {
                if (live.get().patch(file.outputPath(), file.content())) {
                    written.add(file.outputPath());
                }
            }
            return Optional.of(written);
        } catch (BuildFailed e) {
            return Optional.empty();
        }
    }

    /**
     * Loads and parses the edited files again, replacing their pages in {@code next}.
     *
     * @return the edited pages that changed, or empty if an edit needs the full rebuild
     */
    private Optional<List<ContentPage>> reload(Collection<Path> editedFiles, List<ContentPage> next, Problems problems) {
        List<ContentPage> edited = new ArrayList<>();
        for (Path file : editedFiles) {
            Path absolute = file.toAbsolutePath().normalize();
            Integer index = absolute.startsWith(source)
                    ? bySourcePath.get(source.relativize(absolute).toString().replace('\\', '/')) : null;
            if (index == null) {
                return Optional.empty();
            }
            SourcePage before = next.get(index).page().source().orElseThrow();
            Optional<SourcePage> after = stages.loader().reload(source, before, problems);
            if (after.isEmpty() || problems.hasErrors() || !after.get().sameExceptBody(before)) {
                return Optional.empty();
            }
            if (after.get().body().equals(before.body())) {
                continue; // saved without a change
            }
            ContentPage page;
            try {
                page = ContentPage.of(stages.parser().parse(after.get(), cache.markdownHtml));
            } catch (MarkdownRefused e) {
                return Optional.empty(); // the rebuild reports it
            }
            next.set(index, page);
            edited.add(page);
        }
        return Optional.of(edited);
    }

    /** The edited pages' files, made among the others; empty if one has errors. */
    private Optional<List<RenderedFile>> render(List<ContentPage> edited, List<ContentPage> next, Problems problems) {
        List<RenderedFile> files = new ArrayList<>();
        for (ContentPage page : edited) {
            TransformedPage transformed = stages.transformer().transformAgain(page, List.copyOf(next), problems);
            Optional<RenderedFile> file = stages.renderer().renderAgain(transformed, problems);
            if (problems.hasErrors() || file.isEmpty()) {
                return Optional.empty();
            }
            files.add(file.get());
        }
        return Optional.of(files);
    }
}
