package org.qunbook.serve;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.BindException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executors;

/**
 * Serves a built site folder over HTTP for previewing. It binds to one address (loopback unless
 * told otherwise), answers GET and HEAD only, and never serves a file outside the folder: encoded
 * separators and dot segments are rejected, and symbolic links leading out are not followed.
 */
public final class SiteServer implements AutoCloseable {

    /** The policy the default theme promises: everything from the site itself, nothing inline. */
    public static final String CONTENT_SECURITY_POLICY = org.qunbook.render.ContentSecurityPolicy.POLICY;

    private static final Map<String, String> TYPES = Map.ofEntries(
            Map.entry("html", "text/html; charset=utf-8"), Map.entry("css", "text/css; charset=utf-8"),
            Map.entry("js", "text/javascript; charset=utf-8"), Map.entry("json", "application/json; charset=utf-8"),
            Map.entry("xml", "application/xml; charset=utf-8"), Map.entry("txt", "text/plain; charset=utf-8"),
            Map.entry("svg", "image/svg+xml"), Map.entry("png", "image/png"), Map.entry("jpg", "image/jpeg"),
            Map.entry("jpeg", "image/jpeg"), Map.entry("gif", "image/gif"), Map.entry("webp", "image/webp"),
            Map.entry("ico", "image/x-icon"), Map.entry("woff2", "font/woff2"), Map.entry("pdf", "application/pdf"),
            Map.entry("webmanifest", "application/manifest+json"));

    private final HttpServer server;
    private final Path root;
    private final LiveReload liveReload;

    private SiteServer(HttpServer server, Path root, LiveReload liveReload) {
        this.server = server;
        this.root = root;
        this.liveReload = liveReload;
    }

    /**
     * Starts serving {@code root} on {@code host}, at {@code port} or, when it is taken, the next
     * free port among the following 20.
     */
    public static SiteServer start(Path root, String host, int port) throws IOException {
        return start(root, host, port, null);
    }

    /** As {@link #start(Path, String, int)}, also answering live-reload requests when given. */
    public static SiteServer start(Path root, String host, int port, LiveReload liveReload) throws IOException {
        IOException last = null;
        int attempts = port == 0 ? 1 : 20;  // port 0: any free port, chosen by the system
        for (int i = 0; i < attempts; i++) {
            int candidate = port == 0 ? 0 : port + i;
            try {
                HttpServer server = HttpServer.create(new InetSocketAddress(host, candidate), 64);
                SiteServer site = new SiteServer(server, root.toAbsolutePath().normalize(), liveReload);
                server.createContext("/", site::handle);
                if (liveReload != null) {
                    server.createContext(LiveReload.PREFIX, liveReload::handle);
                }
                // Event streams hold a thread each while a page is open: keep enough for several tabs.
                server.setExecutor(Executors.newCachedThreadPool(r -> {
                    Thread t = new Thread(r, "qunbook-serve");
                    t.setDaemon(true);
                    return t;
                }));
                server.start();
                return site;
            } catch (BindException e) {
                last = e;
            }
        }
        throw new IOException("no free port from " + port + " to " + (port + 19), last);
    }

    public int port() {
        return server.getAddress().getPort();
    }

    public String url() {
        String host = server.getAddress().getHostString();
        return "http://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + port() + "/";
    }

    @Override
    public void close() {
        if (liveReload != null) {
            liveReload.close();
        }
        server.stop(0);
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String method = exchange.getRequestMethod();
            if (!method.equals("GET") && !method.equals("HEAD")) {
                exchange.getResponseHeaders().set("Allow", "GET, HEAD");
                send(exchange, 405, "text/plain; charset=utf-8", "method not allowed".getBytes(StandardCharsets.UTF_8));
                return;
            }
            Optional<String> path = SafePath.decode(exchange.getRequestURI().getRawPath());
            if (path.isEmpty()) {
                send(exchange, 400, "text/plain; charset=utf-8", "bad request path".getBytes(StandardCharsets.UTF_8));
                return;
            }
            Optional<Path> file = resolve(path.get());
            if (file.isPresent() && Files.isDirectory(file.get())) {
                if (!path.get().endsWith("/")) {
                    exchange.getResponseHeaders().set("Location", exchange.getRequestURI().getRawPath() + "/");
                    send(exchange, 301, "text/plain; charset=utf-8", new byte[0]);
                    return;
                }
                file = resolve(path.get() + "index.html");
            }
            if (file.isEmpty() || !Files.isRegularFile(file.get())) {
                Optional<Path> notFound = resolve("/404.html");
                byte[] body = notFound.isPresent() && Files.isRegularFile(notFound.get())
                        ? Files.readAllBytes(notFound.get()) : "not found".getBytes(StandardCharsets.UTF_8);
                send(exchange, 404, notFound.isPresent() ? TYPES.get("html") : "text/plain; charset=utf-8", body);
                return;
            }
            send(exchange, 200, contentType(file.get()), Files.readAllBytes(file.get()));
        }
    }

    /** The file for a decoded URL path, if it is inside the site folder, symbolic links resolved. */
    private Optional<Path> resolve(String path) throws IOException {
        Path candidate = root.resolve(path.substring(1)).normalize();
        if (!candidate.startsWith(root) || !Files.exists(candidate, LinkOption.NOFOLLOW_LINKS)
                && !Files.exists(candidate)) {
            return Optional.empty();
        }
        Path real = candidate.toRealPath();
        return real.startsWith(root.toRealPath()) ? Optional.of(real) : Optional.empty();
    }

    private static String contentType(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String extension = dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
        return TYPES.getOrDefault(extension, "application/octet-stream");
    }

    private static void send(HttpExchange exchange, int status, String type, byte[] body) throws IOException {
        var headers = exchange.getResponseHeaders();
        headers.set("Content-Type", type);
        headers.set("Cache-Control", "no-store");
        headers.set("Content-Security-Policy", CONTENT_SECURITY_POLICY);
        headers.set("X-Content-Type-Options", "nosniff");
        boolean head = exchange.getRequestMethod().equals("HEAD");
        exchange.sendResponseHeaders(status, head || body.length == 0 ? -1 : body.length);
        if (!head && body.length > 0) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }
}
