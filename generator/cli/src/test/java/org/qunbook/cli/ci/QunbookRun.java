package org.qunbook.cli.ci;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.qunbook.cli.Main;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParseResult;

/**
 * A {@code ./qunbook ...} (or {@code java -jar .../qunbook.jar ...}) command of a CI script, parsed by
 * the real CLI's picocli model, so a flag that qunbook does not have is found the way the command
 * would find it, and the output folder's default is the CLI's own.
 *
 * @param subcommand {@code build}, {@code check}, ...
 * @param output     the folder {@code build} writes ({@code --output} or its default), else empty
 * @param baseUrl    {@code --base-url} as written (expansions unexpanded), else empty
 */
record QunbookRun(String subcommand, Optional<String> output, Optional<String> baseUrl) {

    /** The arguments after the command, if these words run qunbook. */
    static Optional<List<String>> arguments(List<String> words) {
        int first = 0;
        while (first < words.size() && words.get(first).matches("[A-Za-z_][A-Za-z0-9_]*=.*")) {
            first++; // VAR=value before the command
        }
        if (first >= words.size()) {
            return Optional.empty();
        }
        String command = words.get(first);
        if (command.equals("qunbook") || command.endsWith("/qunbook")) {
            return Optional.of(words.subList(first + 1, words.size()));
        }
        int jar = words.indexOf("-jar");
        if (command.equals("java") && jar > 0 && jar + 1 < words.size() && words.get(jar + 1).endsWith("qunbook.jar")) {
            return Optional.of(words.subList(jar + 2, words.size()));
        }
        return Optional.empty();
    }

    /** Parses the arguments as the CLI does; a command line it refuses throws with picocli's message. */
    static QunbookRun parse(List<String> arguments) throws CommandLine.ParameterException {
        ParseResult result = new CommandLine(new Main()).parseArgs(arguments.toArray(String[]::new));
        ParseResult sub = result.subcommand();
        if (sub == null) {
            return new QunbookRun("", Optional.empty(), Optional.empty());
        }
        CommandSpec spec = sub.commandSpec();
        return new QunbookRun(spec.name(), value(spec, "--output").map(Object::toString).map(QunbookRun::folder),
                value(spec, "--base-url").map(Object::toString));
    }

    /** The option's value after parsing: the one given, else the CLI's default. */
    private static Optional<Object> value(CommandSpec spec, String name) {
        OptionSpec option = spec.findOption(name);
        return option == null ? Optional.empty() : Optional.ofNullable(option.getValue());
    }

    /** {@code ./public/} and {@code public} are the same folder. */
    static String folder(String path) {
        String folder = path.replace('\\', '/');
        while (folder.startsWith("./")) {
            folder = folder.substring(2);
        }
        while (folder.endsWith("/") && folder.length() > 1) {
            folder = folder.substring(0, folder.length() - 1);
        }
        return Path.of(folder).normalize().toString();
    }
}
