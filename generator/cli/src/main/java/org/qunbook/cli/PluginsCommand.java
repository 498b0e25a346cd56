package org.qunbook.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.qunbook.api.ApiVersion;
import org.qunbook.api.Problem;
import org.qunbook.config.PluginConfig;
import org.qunbook.config.SiteConfig;
import org.qunbook.config.SiteConfigLoader;
import org.qunbook.plugin.FoundPlugin;
import org.qunbook.plugin.PluginJars;
import org.qunbook.plugin.PluginLoader;
import org.qunbook.plugin.SitePluginPath;
import org.qunbook.problem.Problems;
import org.qunbook.problem.ShownPaths;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code qunbook plugins}: every plugin this qunbook finds for a site — its own and those on the
 * plugin path — with the jar it comes from, its version, the plugin API version it declares and
 * its options, and whether the site enables it.
 */
@Command(name = "plugins", mixinStandardHelpOptions = true,
        description = "List the plugins found (bundled and on the plugin path), their jar, version and options.")
final class PluginsCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = {"-s", "--source"}, paramLabel = "DIR", defaultValue = "content",
            description = "Content folder whose qunbook.yml gives plugin_path and the enabled plugins "
                    + "(default: ${DEFAULT-VALUE}; optional).")
    Path source;

    @Mixin
    PluginPathArguments pluginPath;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        ShownPaths paths = new ShownPaths(Path.of(""));
        Problems problems = new Problems();
        Path configFile = source.resolve("qunbook.yml");
        Optional<SiteConfig> config = Files.isRegularFile(configFile)
                ? new SiteConfigLoader().load(configFile, paths.of(configFile), problems) : Optional.empty();
        SiteConfig site = config.orElseGet(() -> SiteConfig.builder().file(paths.of(configFile)).build());
        SitePluginPath path = SitePluginPath.of(pluginPath.pluginPath(), site, source, paths, problems);
        problems.sorted().stream().map(Problem::format).forEach(err::println);
        List<String> broken = new ArrayList<>();
        try (PluginJars jars = PluginJars.open(path.jars(), PluginsCommand.class.getClassLoader())) {
            List<FoundPlugin> found = new PluginLoader(jars.loader()).found(broken);
            out.println("Plugins (this qunbook provides plugin API " + ApiVersion.CURRENT + "):");
            for (FoundPlugin plugin : found) {
                out.println(line(plugin, site, paths));
                List<String> options = plugin.options();
                out.println("    options: " + (options.isEmpty() ? "none" : String.join(", ", options)));
            }
            out.println("Plugin path: " + (path.shown().isEmpty() ? "empty (add jars with plugin_path: in "
                    + "qunbook.yml, --plugin-path or " + PluginPathArguments.ENVIRONMENT + ")"
                    : String.join(", ", path.shown())));
        }
        broken.forEach(message -> err.println("warning: a plugin cannot be loaded: " + message));
        out.flush();
        err.flush();
        return problems.errorCount() > 0 ? 1 : 0;
    }

    private static String line(FoundPlugin plugin, SiteConfig site, ShownPaths paths) {
        StringBuilder line = new StringBuilder("  ").append(plugin.name());
        line.append(plugin.version().isEmpty() ? "" : " " + plugin.version());
        line.append(" — ").append(plugin.source().map(paths::of).orElse("unknown jar"));
        if (!plugin.apiVersion().isEmpty()) {
            line.append(" — API ").append(plugin.apiVersion());
            boolean supported;
            try {
                supported = ApiVersion.supports(plugin.apiVersion());
            } catch (IllegalArgumentException e) {
                supported = false;
            }
            if (!supported) {
                line.append(" (not supported by this qunbook)");
            }
        }
        if (site.plugins().stream().map(PluginConfig::name).anyMatch(plugin.name()::equals)) {
            line.append(" — enabled");
        }
        return line.toString();
    }
}
