package org.qunbook.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code qunbook} command. */
@Command(name = "qunbook", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Builds a searchable static knowledge site from Markdown.",
        subcommands = {BuildCommand.class, CheckCommand.class, ServeCommand.class, NewCommand.class, FixCommand.class,
                PluginsCommand.class, CommandLine.HelpCommand.class},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:success", "1:the site has errors (or warnings with --strict)", "2:invalid command line",
                "3:internal error (a bug in qunbook: please report it)"})
public final class Main implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(run(args));
    }

    static int run(String... args) {
        CommandLine cli = new CommandLine(new Main());
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            commandLine.getErr().println("qunbook: internal error: " + e);
            e.printStackTrace(commandLine.getErr());
            commandLine.getErr().println("This is a bug in qunbook, not in your content. Please report it.");
            return 3;
        });
        return cli.execute(args);
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "missing command: use build, serve or check");
    }
}
