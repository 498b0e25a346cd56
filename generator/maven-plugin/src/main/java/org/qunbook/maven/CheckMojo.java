package org.qunbook.maven;

import java.nio.file.Path;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;

/**
 * {@code qunbook:check}: every validation of a build (front matter, links, anchors, images, plugin
 * checks), writing nothing, like {@code qunbook check}.
 *
 * <p>Bound by default to {@code verify}, the phase for checks on a project's result, which is what
 * CI usually runs ({@code mvn verify}).
 */
@Mojo(name = "check", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true)
public final class CheckMojo extends QunbookMojo {

    @Override
    String verb() {
        return "Check";
    }

    @Override
    Path output() {
        // Never written (writes() is false); the build only needs a folder to name.
        return basedir.toPath().resolve("target/qunbook");
    }

    @Override
    boolean writes() {
        return false;
    }
}
