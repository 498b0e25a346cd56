package org.qunbook.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.qunbook.build.Build;
import org.qunbook.build.BuildResult;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code qunbook check}: every validation of a build, writing nothing. */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = "Validate the site (front matter, links, anchors, images, plugins) without writing output.")
final class CheckCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    BuildArguments arguments;

    @Option(names = "--format", defaultValue = "text", paramLabel = "FORMAT",
            description = "text (default: file:line:col: error|warning: message) or json.")
    Format format;

    enum Format { text, json }

    @Override
    public Integer call() {
        BuildResult result = new Build(arguments.options(Path.of("public")).withWrite(false)
                .withIndexSizes(false)).run();
        boolean failed = result.failed(arguments.strict);
        if ("true".equals(System.getenv("GITHUB_ACTIONS"))) {
            ProblemFormats.githubAnnotations(result).forEach(spec.commandLine().getOut()::println);
        }
        if (format == Format.json) {
            spec.commandLine().getOut().println(ProblemFormats.json(result));
            spec.commandLine().getOut().flush();
            return failed ? 1 : 0;
        }
        return new BuildReporter(spec.commandLine().getOut(), spec.commandLine().getErr(), arguments)
                .report(result, "Check", "");
    }
}
