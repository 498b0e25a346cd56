package org.qunbook.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import org.qunbook.archetype.NewPageWriter;
import org.qunbook.config.SiteConfig;
import org.qunbook.config.SiteConfigLoader;
import org.qunbook.problem.Problems;
import org.qunbook.text.PinyinOrder;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code qunbook new TYPE TITLE}. */
@Command(name = "new", mixinStandardHelpOptions = true,
        description = "Create a page of a content type from its archetype; prints its path, never overwrites.")
final class NewCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "TYPE", description = "Content type from qunbook.yml, e.g. playbook.")
    String type;

    @Parameters(index = "1", paramLabel = "TITLE", description = "The page title, e.g. 私域流量运营.")
    String title;

    @Option(names = {"-s", "--source"}, paramLabel = "DIR", defaultValue = "content",
            description = "Content folder holding qunbook.yml (default: ${DEFAULT-VALUE}).")
    Path source;

    @Override
    public Integer call() throws IOException {
        Problems problems = new Problems();
        String configPath = source.resolve("qunbook.yml").toString().replace('\\', '/');
        SiteConfig config = new SiteConfigLoader().load(source.resolve("qunbook.yml"), configPath, problems)
                .orElse(null);
        if (config == null) {
            problems.sorted().forEach(p -> spec.commandLine().getErr().println(p.format()));
            return 1;
        }
        try {
            Path file = new NewPageWriter(config, source, new PinyinOrder()).create(type, title, LocalDate.now());
            spec.commandLine().getOut().println(file.toString().replace('\\', '/'));
            return 0;
        } catch (NewPageWriter.NewPageException e) {
            spec.commandLine().getErr().println("qunbook new: " + e.getMessage());
            return 1;
        }
    }
}
