package org.qunbook.build;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.OptionalInt;
import org.qunbook.api.Problem;
import org.qunbook.api.SourcePosition;
import org.qunbook.plugin.PluginJars;
import org.qunbook.render.RenderedFile;
import org.qunbook.write.SiteOutput;
import org.qunbook.write.StagedOutput;

/**
 * {@code qunbook build}: each page is written as soon as it is rendered, into the staging folder
 * that replaces the site only if the whole build succeeds, so the site is never held in memory whole
 * (a 10,000-page site is hundreds of MB), and no render memo is kept.
 */
final class OneOffMode implements BuildMode {

    private final BuildOptions options;
    private final StageRunner stages;
    /** This build's plugin path class loader, closed when the build ends. */
    private PluginJars jars;
    /** Open from the render stage on; committed, or discarded when the build ends. */
    private SiteOutput staged;
    private SiteWriter writer;

    OneOffMode(BuildOptions options, StageRunner stages) {
        this.options = options;
        this.stages = stages;
    }

    @Override
    public PluginJars pluginJars(List<Path> paths, ClassLoader parent) {
        jars = PluginJars.open(paths, parent);
        return jars;
    }

    @Override
    public void open(SiteWriter siteWriter) throws BuildFailed {
        writer = siteWriter;
        staged = writer.open(() -> StagedOutput.begin(options.folders().output()));
    }

    @Override
    public void page(RenderedFile file) {
        writer.page(staged, file);
    }

    @Override
    public OptionalInt write(SearchStage search, SiteWriter siteWriter) throws BuildFailed {
        SearchStage.Indexed indexed = search.index(options.run().strict());
        stages.failOnErrors("render");
        try (SiteOutput output = staged) {
            siteWriter.site(output, indexed.files());
            search.reportSize(indexed);
            return OptionalInt.of(siteWriter.finish(output));
        } catch (IOException e) {
            throw siteWriter.outputFailed(e.getMessage());
        }
    }

    /** After a failed build its staging folder goes (after a good one this does nothing). */
    @Override
    public void close(boolean written) {
        if (staged != null) {
            try {
                staged.close();
            } catch (IOException e) {
                stages.problems().report(Problem.warning(
                        SourcePosition.fileOnly(stages.display(options.folders().output())), "could not remove the unfinished build next to it: " + e.getMessage()));
            }
        }
        if (jars != null) {
            jars.close();
        }
    }
}
