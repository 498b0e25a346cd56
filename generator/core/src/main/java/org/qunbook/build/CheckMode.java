package org.qunbook.build;

import java.nio.file.Path;
import java.util.List;
import java.util.OptionalInt;
import org.qunbook.plugin.PluginJars;
import org.qunbook.render.RenderedFile;

/** {@code qunbook check}: every stage and every validation of a build, writing nothing. */
final class CheckMode implements BuildMode {

    private final StageRunner stages;
    /** This build's plugin path class loader, closed when the build ends. */
    private PluginJars jars;

    CheckMode(StageRunner stages) {
        this.stages = stages;
    }

    @Override
    public PluginJars pluginJars(List<Path> paths, ClassLoader parent) {
        jars = PluginJars.open(paths, parent);
        return jars;
    }

    @Override
    public void page(RenderedFile file) {
    }

    /** The index's size is reported at once: there is no writing to overlap its deflating with. */
    @Override
    public OptionalInt write(SearchStage search, SiteWriter writer) throws BuildFailed {
        search.index(true);
        stages.failOnErrors("render");
        return OptionalInt.empty();
    }

    @Override
    public void close(boolean written) {
        if (jars != null) {
            jars.close();
        }
    }
}
