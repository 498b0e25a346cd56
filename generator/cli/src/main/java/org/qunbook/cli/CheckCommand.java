package org.qunbook.cli;

import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
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

    @Option(names = "--today", paramLabel = "YYYY-MM-DD",
            description = "The date reviews are measured against (default: SOURCE_DATE_EPOCH, else the clock).")
    String today;

    @Override
    public Integer call() {
        LocalDate reviewDay = reviewDay();
        BuildResult result = new Build(arguments.options(Path.of("public")).write(false)
                .indexSizes(false).build()).checkReviewsOn(reviewDay).run();
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

    /** {@code --today}, else {@code SOURCE_DATE_EPOCH} (as a UTC date), else today's date here. */
    private LocalDate reviewDay() {
        if (today != null) {
            try {
                return LocalDate.parse(today.strip());
            } catch (DateTimeException e) {
                throw new CommandLine.ParameterException(spec.commandLine(),
                        "--today must be a date written YYYY-MM-DD, e.g. 2026-06-01 (got '" + today + "')");
            }
        }
        String epoch = System.getenv("SOURCE_DATE_EPOCH");
        if (epoch != null && !epoch.isBlank()) {
            try {
                return Instant.ofEpochSecond(Long.parseLong(epoch.strip())).atOffset(ZoneOffset.UTC).toLocalDate();
            } catch (NumberFormatException | DateTimeException e) {
                throw new CommandLine.ParameterException(spec.commandLine(),
                        "SOURCE_DATE_EPOCH must be whole seconds since 1970-01-01 UTC (got '" + epoch + "')");
            }
        }
        return LocalDate.now();
    }
}
