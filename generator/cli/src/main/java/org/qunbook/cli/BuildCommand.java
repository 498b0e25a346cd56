package org.qunbook.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.qunbook.build.Build;
import org.qunbook.build.BuildResult;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code qunbook build}. */
@Command(name = "build", mixinStandardHelpOptions = true,
        description = "Build the site into the output folder (atomically: a failed build leaves it as it was).")
final class BuildCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    BuildArguments arguments;

    @Option(names = {"-o", "--output"}, paramLabel = "DIR", defaultValue = "public",
            description = "Output folder (default: ${DEFAULT-VALUE}).")
    Path output;

    @Override
    public Integer call() {
        BuildResult result = new Build(arguments.options(output).build()).run();
        return new BuildReporter(spec.commandLine().getOut(), spec.commandLine().getErr(), arguments)
                .report(result, "Build", output.toString().replace('\\', '/') + "/");
    }

}
