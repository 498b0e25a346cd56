package org.qunbook.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.qunbook.build.Build;
import org.qunbook.build.BuildResult;
import org.qunbook.upkeep.ReviewDay;
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

    @Option(names = "--today", paramLabel = "YYYY-MM-DD",
            description = "The date reviews are measured against (default: SOURCE_DATE_EPOCH, else the clock).")
    String today;

    @Option(names = "--fail-on-overdue",
            description = "Overdue reviews fail the check with --strict (as review.strict: true in qunbook.yml); "
                    + "by default they are warnings --strict does not count.")
    boolean failOnOverdue;

    @Override
    public Integer call() {
        LocalDate reviewDay = reviewDay();
        Build build = new Build(arguments.options(Path.of("public")).write(false)
                .indexSizes(false).build()).checkReviewsOn(reviewDay).failOnOverdue(failOnOverdue);
        BuildResult result = build.run();
        boolean failed = result.failed(arguments.strict, build.advisoryWarnings());
        if ("true".equals(System.getenv("GITHUB_ACTIONS"))) {
            ProblemFormats.githubAnnotations(result).forEach(spec.commandLine().getOut()::println);
        }
        if (format == Format.json) {
            spec.commandLine().getOut().println(ProblemFormats.json(result));
            spec.commandLine().getOut().flush();
            return failed ? 1 : 0;
        }
        return new BuildReporter(spec.commandLine().getOut(), spec.commandLine().getErr(), arguments)
                .report(result, "Check", "", build.advisoryWarnings());
    }

    /** {@code --today}, else {@code SOURCE_DATE_EPOCH} (as a UTC date), else today's date here. */
    private LocalDate reviewDay() {
        try {
            return ReviewDay.of(Optional.ofNullable(today), "--today",
                    Optional.ofNullable(System.getenv("SOURCE_DATE_EPOCH")), LocalDate::now);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
    }
}
