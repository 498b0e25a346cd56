package org.qunbook.maven;

import java.io.File;
import java.nio.file.Path;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * {@code qunbook:build}: builds the site into {@link #output}, like {@code qunbook build}. The
 * output folder is replaced atomically: a failed build leaves it as it was.
 *
 * <p>Bound by default to {@code prepare-package}: after the tests (so {@code mvn test} stays quick),
 * before {@code package} (so a packaging step can take the site in).
 */
@Mojo(name = "build", defaultPhase = LifecyclePhase.PREPARE_PACKAGE, threadSafe = true)
public final class BuildMojo extends QunbookMojo {

    /** The output folder. Replaced as a whole by each build that succeeds. */
    @Parameter(property = "qunbook.output", defaultValue = "${project.build.directory}/qunbook", required = true)
    File output;

    @Override
    String verb() {
        return "Build";
    }

    @Override
    Path output() {
        return output.toPath();
    }

    @Override
    boolean writes() {
        return true;
    }
}
