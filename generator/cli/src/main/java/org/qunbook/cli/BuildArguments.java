package org.qunbook.cli;

import java.nio.file.Path;
import java.util.Optional;
import org.qunbook.build.BuildOptions;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** Options shared by build, check and serve. */
final class BuildArguments {

    @Option(names = {"-s", "--source"}, paramLabel = "DIR", defaultValue = "content",
            description = "Content folder holding qunbook.yml (default: ${DEFAULT-VALUE}).")
    Path source;

    @Option(names = "--strict", description = "Treat warnings as errors.")
    boolean strict;

    @Option(names = {"-D", "--drafts"},
            description = "Build draft pages too (draft: true), marked as drafts; serve always does.")
    boolean drafts;

    @Option(names = "--base-url", paramLabel = "URL", description = "Override base_url from qunbook.yml.")
    String baseUrl;

    @Option(names = "--theme-dir", paramLabel = "DIR", hidden = true,
            description = "Use a theme folder instead of the bundled theme (theme development).")
    Path themeDir;

    @Option(names = {"-q", "--quiet"}, description = "Print only problems.")
    boolean quiet;

    @Option(names = {"-v", "--verbose"}, description = "Also print the time each stage took.")
    boolean verbose;

    @Mixin
    PluginPathArguments plugins;

    /** The options these arguments give, for a command to add its own to. */
    BuildOptions.Builder options(Path output) {
        // Problems name files relative to where the user stands (absolute when outside it).
        return BuildOptions.builder(source, output).strict(strict).drafts(drafts).baseUrl(Optional.ofNullable(baseUrl))
                .themeDir(Optional.ofNullable(themeDir)).indexSizes(!quiet)
                .pluginPath(plugins.pluginPath()).workingDir(Path.of(""));
    }
}
