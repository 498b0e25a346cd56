package org.qunbook.build;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.qunbook.api.HanziOrder;
import org.qunbook.config.SiteConfig;
import org.qunbook.parse.MarkdownHtml;
import org.qunbook.plugin.PluginJars;
import org.qunbook.render.RenderedFile;
import org.qunbook.render.SiteRenderer;
import org.qunbook.site.ContentPage;
import org.qunbook.site.Page;
import org.qunbook.theme.Theme;
import org.qunbook.write.LiveOutput;
import org.qunbook.write.SiteOutput;
import org.qunbook.write.StagedOutput;

/**
 * {@code qunbook serve}'s builds, with the {@link BuildCache} kept between them: Markdown renderings
 * and rendered pages are reused while their inputs are unchanged, pages are kept (for the render
 * memo and the quick render) and written only once every stage succeeded, and after a first build
 * only files whose bytes changed are written, in place ({@link LiveOutput}). Then the open pages
 * reload before the search index, the slowest stage, is made and written.
 */
final class ServeMode implements BuildMode {

    private final BuildOptions options;
    private final BuildCache cache;
    private final StageRunner stages;
    private final List<RenderedFile> rendered = Collections.synchronizedList(new ArrayList<>());

    ServeMode(BuildOptions options, BuildCache cache, StageRunner stages) {
        this.options = options;
        this.cache = cache;
        this.stages = stages;
    }

    @Override
    public PluginJars pluginJars(List<Path> jars, ClassLoader parent) {
        return cache.pluginJars(jars, parent);
    }

    @Override
    public Optional<Map<String, MarkdownHtml>> markdownHtml() {
        return Optional.of(cache.markdownHtml);
    }

    @Override
    public SiteRenderer renderer(SiteConfig site, Theme theme, Map<String, String> messages, HanziOrder pinyin)
            throws java.io.IOException {
        return new SiteRenderer(site, theme, messages, pinyin, cache.renders);
    }

    @Override
    public void page(RenderedFile file) {
        rendered.add(file);
    }

    @Override
    public OptionalInt write(SearchStage search, SiteWriter writer) throws BuildFailed {
        List<RenderedFile> files = new ArrayList<>(rendered);
        files.sort(Comparator.comparing(RenderedFile::outputPath));
        boolean indexAfterPages = LiveOutput.resume(options.folders().output(), cache.output).isPresent();
        SearchStage.Indexed indexed = indexAfterPages ? new SearchStage.Indexed(List.of(), Optional.empty())
                : search.index(options.run().strict());
        files.addAll(indexed.files());
        stages.failOnErrors("render");
        try (SiteOutput output = writer.open(this::openOutput)) {
            writer.site(output, files);
            if (indexAfterPages) {
                // Open pages reload now; the search index follows.
                cache.pagesWritten(((LiveOutput) output).changedPaths());
                indexed = search.index(options.run().strict());
                writer.search(output, indexed.files());
            }
            search.reportSize(indexed);
            return OptionalInt.of(writer.finish(output));
        } catch (IOException e) {
            throw writer.outputFailed(e.getMessage());
        }
    }

    /** Staged and swapped in whole the first time, then only changes, in place. */
    private SiteOutput openOutput() throws IOException {
        Optional<LiveOutput> live = LiveOutput.resume(options.folders().output(), cache.output);
        if (live.isPresent()) {
            return live.get();
        }
        return LiveOutput.recording(StagedOutput.begin(options.folders().output()), cache.output);
    }

    @Override
    public void built(PageStages pageStages, List<ContentPage> pages) {
        cache.remember(new QuickRender(options, cache, pageStages, pages));
    }

    @Override
    public void close(boolean written) {
        if (!written) {
            cache.remember(null); // a quick render must not hide this build's problems
        }
    }
}
