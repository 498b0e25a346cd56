package org.qunbook.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.qunbook.build.Build;
import org.qunbook.build.BuildResult;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code qunbook check}: every validation of a build, writing nothing. */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = "Validate the site (front matter, links, anchors, images, plugins) without writing output.")
final class CheckCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    BuildArguments arguments;

    @Override
    public Integer call() {
        BuildResult result = new Build(arguments.options(Path.of("public")).withWrite(false)).run();
        return new BuildReporter(spec.commandLine().getOut(), spec.commandLine().getErr(), arguments)
                .report(result, "Check", "");
    }
}
