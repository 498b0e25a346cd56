package org.qunbook.build;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.qunbook.api.Problem;
import org.qunbook.api.SourcePosition;
import org.qunbook.load.StaticFile;
import org.qunbook.offline.OfflineSite;
import org.qunbook.plugin.PluginAsset;
import org.qunbook.plugin.PluginHost;
import org.qunbook.render.RenderedFile;
import org.qunbook.site.ContentPage;
import org.qunbook.write.OutputPathException;
import org.qunbook.write.SiteOutput;
import org.qunbook.write.StagedOutput;

/**
 * The write stage's steps, which each {@link BuildMode} runs in its own order: open the output,
 * write pages, the theme's and plugins' assets and the content's other files, then the plugins'
 * {@code postBuild} and the commit. A path that would leave the output folder is an error on it.
 */
final class SiteWriter {

    private final StageRunner stages;
    private final Path output;
    private final List<StaticFile> statics;
    private final Map<String, Path> themeAssets;
    private final PluginHost plugins;
    private final List<ContentPage> pages;
    private final Optional<OfflineSite> offline;

    /**
     * @param pages   every page, for {@code postBuild}
     * @param offline the offline reading files to add last, if the site has them
     */
    SiteWriter(StageRunner stages, Path output, List<StaticFile> statics, Map<String, Path> themeAssets,
               PluginHost plugins, List<ContentPage> pages, Optional<OfflineSite> offline) {
        this.stages = stages;
        this.output = output;
        this.statics = statics;
        this.themeAssets = themeAssets;
        this.plugins = plugins;
        this.pages = pages;
        this.offline = offline;
    }

    /** Opens the output, timed as part of the write stage. */
    SiteOutput open(Callable<SiteOutput> opening) throws BuildFailed {
        return stages.run("write", () -> {
            try {
                return opening.call();
            } catch (OutputPathException e) {
                throw outputFailed(e.getMessage());
            }
        });
    }

    /** One page as it is rendered (from the render stage's threads): a bad path is an error, and the stage goes on. */
    void page(SiteOutput out, RenderedFile file) {
        try {
            out.write(file.outputPath(), file.parts(), "page " + file.outputPath());
        } catch (OutputPathException e) {
            stages.problems().report(Problem.error(SourcePosition.fileOnly(stages.display(output)), e.getMessage()));
        }
    }

    /** Rendered files, then the theme's assets, the plugins' assets and the content's other files. */
    void site(SiteOutput out, List<RenderedFile> rendered) throws BuildFailed {
        stages.run("write", () -> {
            try {
                rendered.parallelStream().forEach(f -> out.write(f.outputPath(), f.parts(), "page " + f.outputPath()));
                themeAssets.forEach((path, file) -> out.copy(path, file, "theme"));
                for (PluginAsset asset : plugins.assets()) {
                    try (var in = asset.loader().getResourceAsStream(asset.resource())) {
                        out.write(asset.outputPath(), in.readAllBytes(), "plugin " + asset.plugin());
                    }
                }
                statics.forEach(f -> out.copy(f.relativePath(), f.source(), stages.display(f.source())));
            } catch (OutputPathException e) {
                throw outputFailed(e.getMessage());
            }
        });
    }

    /** The search files, written after the pages ({@code serve}). */
    void search(SiteOutput out, List<RenderedFile> files) throws BuildFailed {
        stages.run("write", () -> files.forEach(f -> out.write(f.outputPath(), f.parts(), "search index")));
    }

    /**
     * The plugins' {@code postBuild}, the offline reading files (made from every other file of the
     * site, so last), then the commit; returns how many files the site has.
     */
    int finish(SiteOutput out) throws BuildFailed {
        return stages.run("write", () -> {
            try {
                plugins.postBuild(pages, (path, bytes) -> out.write(path, bytes, "plugin postBuild"));
                stages.failOnErrors("postBuild");
                if (offline.isPresent() && out instanceof StagedOutput staged) {
                    offline.get().files(staged.folder())
                            .forEach(f -> out.write(f.outputPath(), f.parts(), "offline reading"));
                }
                out.commit();
                return out.fileCount();
            } catch (OutputPathException e) {
                throw outputFailed(e.getMessage());
            }
        });
    }

    /** An error on the output folder, to throw. */
    BuildFailed outputFailed(String message) {
        return stages.fail(SourcePosition.fileOnly(stages.display(output)), message);
    }
}
