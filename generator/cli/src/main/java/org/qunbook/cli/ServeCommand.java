package org.qunbook.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.ArrayList;
import java.util.List;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import org.qunbook.config.SiteConfig;
import org.qunbook.config.SiteConfigLoader;
import org.qunbook.plugin.PluginPath;
import org.qunbook.plugin.SitePluginPath;
import org.qunbook.problem.Problems;
import org.qunbook.problem.ShownPaths;
import org.qunbook.serve.LivePreview;
import org.qunbook.serve.LiveReload;
import org.qunbook.serve.SiteServer;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code qunbook serve}: build (drafts included) into a temporary folder and serve it locally. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Build the site with drafts, serve it at http://127.0.0.1:4000 and rebuild and reload on every save.")
final class ServeCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    BuildArguments arguments;

    private static final Path REPO_THEME = Path.of("themes/default");

    @Option(names = {"-p", "--port"}, defaultValue = "4000", description = "Port (default: ${DEFAULT-VALUE}; "
            + "the next free one is used when it is taken).")
    int port;

    @Option(names = "--bind", defaultValue = "127.0.0.1", description = "Address to listen on (default: "
            + "${DEFAULT-VALUE}). Anything else exposes your drafts to the network.")
    String bind;

    @Override
    public Integer call() throws IOException, InterruptedException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Path site = Files.createTempDirectory("qunbook-serve-").resolve("site");
        if (arguments.themeDir == null && Files.isRegularFile(REPO_THEME.resolve("templates/base.ftlh"))) {
            // In a qunbook checkout, preview the theme's sources so theme edits show up live too.
            arguments.themeDir = REPO_THEME;
            out.println("Using the theme sources in " + REPO_THEME + "/");
        }
        BuildReporter reporter = new BuildReporter(out, err, arguments);
        LiveReload liveReload = new LiveReload();
        try (LivePreview preview = new LivePreview(arguments.options(site).serving(true).build(), liveReload,
                result -> reporter.report(result, "Rebuild", ""))) {
            int code = reporter.report(preview.build(), "Build", "");
            if (code != 0) {
                return code;
            }
            if (!bind.equals("127.0.0.1") && !bind.equals("localhost") && !bind.equals("::1")) {
                err.println("warning: serving on " + bind + ": other machines can reach this preview, drafts included");
            }
            try (SiteServer server = SiteServer.start(site, bind, port, liveReload)) {
                if (server.port() != port) {
                    out.println("Port " + port + " is busy; using " + server.port() + " instead.");
                }
                List<Path> watched = new ArrayList<>(List.of(arguments.source));
                if (arguments.themeDir != null) {
                    watched.add(arguments.themeDir);
                }
                watched.addAll(pluginFolders());
                preview.watch(watched);
                out.println("Serving " + arguments.source + " at " + server.url()
                        + " — edits reload the page (Ctrl-C to stop)");
                out.flush();
                CountDownLatch stop = new CountDownLatch(1);
                Runtime.getRuntime().addShutdownHook(new Thread(stop::countDown));
                stop.await();
            }
        }
        return 0;
    }

    /**
     * The folders holding the plugin path's jars outside the content folder (which is watched
     * anyway), so that a rebuilt plugin jar rebuilds the site with the new plugin.
     */
    List<Path> pluginFolders() {
        Problems ignored = new Problems(); // the build reports them
        ShownPaths paths = new ShownPaths(Path.of(""));
        Path config = arguments.source.resolve("qunbook.yml");
        Optional<SiteConfig> site = new SiteConfigLoader().load(config, paths.of(config), ignored);
        List<Path> entries = new ArrayList<>(arguments.plugins.pluginPath().entries());
        site.ifPresent(s -> entries.addAll(SitePluginPath.of(PluginPath.none(), s, arguments.source, paths, ignored)
                .entries()));
        Path content = arguments.source.toAbsolutePath().normalize();
        Set<Path> folders = new LinkedHashSet<>();
        for (Path entry : entries) {
            Path absolute = entry.toAbsolutePath().normalize();
            Path folder = Files.isDirectory(absolute) ? absolute : absolute.getParent();
            if (folder != null && !folder.startsWith(content)) {
                folders.add(folder);
            }
        }
        return List.copyOf(folders);
    }
}
