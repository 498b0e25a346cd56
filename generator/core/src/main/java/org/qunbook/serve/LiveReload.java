package org.qunbook.serve;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.qunbook.api.Problem;
import org.qunbook.build.LiveReloadScript;

/**
 * Tells open pages what happened to the site under {@code serve}, over server-sent events:
 * {@code reload} after a good build, {@code problems} (with file, line, column and message) after a
 * failed one, while the last good site keeps being served. A page that connects while the build
 * is broken is told at once. The client script is served from here, never written into the site.
 */
public final class LiveReload {

    /** Paths under which the server answers for live reload rather than from the site folder. */
    public static final String PREFIX = "/_qunbook/";
    public static final String EVENTS = PREFIX + "events";
    /** Declared where the pages that link it are built, so that build needs nothing from serve. */
    public static final String SCRIPT = LiveReloadScript.PATH;

    private final List<OutputStream> clients = new CopyOnWriteArrayList<>();
    private final ObjectMapper json = new ObjectMapper();
    private volatile String lastProblems;

    private final List<Runnable> reloadListeners = new CopyOnWriteArrayList<>();

    /** After a successful rebuild: every open page reloads. */
    public void reload() {
        lastProblems = null;
        broadcast("reload", "{}");
        reloadListeners.forEach(Runnable::run);
    }

    /**
     * After a successful rebuild that wrote these files (output paths, {@code x/index.html}): open
     * pages whose own file is among them reload; every page does if another kind of file changed
     * (a stylesheet, a script) or the pages were showing build problems. Nothing happens if nothing
     * changed, so the rebuild that follows a quick render does not reload the edited page twice.
     */
    public void reload(Collection<String> changedOutputPaths) {
        boolean onlyPages = changedOutputPaths.stream().allMatch(p -> p.endsWith(".html"));
        if (lastProblems != null || !onlyPages) {
            reload();
            return;
        }
        if (changedOutputPaths.isEmpty()) {
            return;
        }
        List<String> urls = changedOutputPaths.stream().sorted()
                .map(p -> "/" + (p.endsWith("index.html") ? p.substring(0, p.length() - "index.html".length()) : p))
                .toList();
        try {
            broadcast("reload", json.writeValueAsString(Map.of("paths", urls)));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        reloadListeners.forEach(Runnable::run);
    }

    /** Runs {@code listener} each time the reload event has been sent (benchmarks, tests). */
    public void whenReloaded(Runnable listener) {
        reloadListeners.add(listener);
    }

    /** After a failed rebuild: every open page shows the problems over the last good content. */
    public void problems(List<Problem> problems) {
        List<Map<String, Object>> list = problems.stream().filter(Problem::isError).map(p -> Map.<String, Object>of(
                "file", p.position() == null ? "" : p.position().file(),
                "line", p.position() == null ? 0 : p.position().line(),
                "column", p.position() == null ? 0 : p.position().column(),
                "message", p.message(), "text", p.format())).toList();
        try {
            lastProblems = json.writeValueAsString(Map.of("problems", list));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        broadcast("problems", lastProblems);
    }

    int clientCount() {
        return clients.size();
    }

    void handle(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        if (path.equals(SCRIPT)) {
            try (InputStream in = LiveReload.class.getResourceAsStream("live-reload.js")) {
                byte[] body = in.readAllBytes();
                exchange.getResponseHeaders().set("Content-Type", "text/javascript; charset=utf-8");
                exchange.getResponseHeaders().set("Cache-Control", "no-store");
                exchange.sendResponseHeaders(200, body.length);
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(body);
                }
            }
            return;
        }
        if (!path.equals(EVENTS)) {
            exchange.sendResponseHeaders(404, -1);
            exchange.close();
            return;
        }
        exchange.getResponseHeaders().set("Content-Type", "text/event-stream; charset=utf-8");
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        exchange.sendResponseHeaders(200, 0);
        OutputStream out = exchange.getResponseBody();
        clients.add(out);
        String problems = lastProblems;
        if (!send(out, "hello", "{}") || problems != null && !send(out, "problems", problems)) {
            clients.remove(out);
        }
        // The exchange stays open; it is closed when a send fails (the page went away) or on shutdown.
    }

    private void broadcast(String event, String data) {
        for (OutputStream out : clients) {
            if (!send(out, event, data)) {
                clients.remove(out);
            }
        }
    }

    private static boolean send(OutputStream out, String event, String data) {
        try {
            synchronized (out) {
                out.write(("event: " + event + "\ndata: " + data + "\n\n").getBytes(StandardCharsets.UTF_8));
                out.flush();
            }
            return true;
        } catch (IOException e) {
            try {
                out.close();
            } catch (IOException ignored) {
                // already gone
            }
            return false;
        }
    }

    void close() {
        clients.forEach(out -> {
            try {
                out.close();
            } catch (IOException ignored) {
                // shutting down
            }
        });
        clients.clear();
    }
}
