package org.qunbook.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.qunbook.build.Build;
import org.qunbook.build.BuildResult;
import org.qunbook.serve.SiteServer;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code qunbook serve}: build (drafts included) into a temporary folder and serve it locally. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Build the site with drafts and serve it at http://127.0.0.1:4000 until Ctrl-C.")
final class ServeCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    BuildArguments arguments;

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
        BuildResult result = new Build(arguments.options(site).withServing(true)).run();
        int code = new BuildReporter(out, err, arguments).report(result, "Build", "");
        if (code != 0) {
            return code;
        }
        if (!bind.equals("127.0.0.1") && !bind.equals("localhost") && !bind.equals("::1")) {
            err.println("warning: serving on " + bind + ": other machines can reach this preview, drafts included");
        }
        try (SiteServer server = SiteServer.start(site, bind, port)) {
            if (server.port() != port) {
                out.println("Port " + port + " is busy; using " + server.port() + " instead.");
            }
            out.println("Serving " + arguments.source + " at " + server.url() + " (Ctrl-C to stop)");
            out.flush();
            CountDownLatch stop = new CountDownLatch(1);
            Runtime.getRuntime().addShutdownHook(new Thread(stop::countDown));
            stop.await();
        }
        return 0;
    }
}
