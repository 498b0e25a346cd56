package org.qunbook.cli;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A static host for offline-reading tests: serves a built site under a base path ({@code /} or
 * {@code /handbook/}) on 127.0.0.1 with {@code Content-Security-Policy: default-src 'self'}, like a
 * Pages host; {@link #online(boolean) offline} it drops every connection without an answer, as a
 * lost network does (the service worker's own fetches are not covered by the page's DevTools
 * network emulation); {@link #stalled(boolean) stalled} it holds every request without an answer
 * until it is released, as a weak signal does; {@link #serve(Path)} swaps the folder, as a deploy of
 * a new build does.
 */
final class SwitchableSiteServer implements AutoCloseable {

    private static final Map<String, String> TYPES = Map.of("html", "text/html; charset=utf-8",
            "js", "text/javascript; charset=utf-8", "css", "text/css; charset=utf-8",
            "json", "application/json; charset=utf-8", "webmanifest", "application/manifest+json",
            "svg", "image/svg+xml", "png", "image/png");

    private final HttpServer server;
    private final String basePath;
    private final AtomicReference<Path> root;
    private final AtomicBoolean online = new AtomicBoolean(true);
    private final Object stall = new Object();
    private boolean stalled;
    private final java.util.Queue<String> requested = new java.util.concurrent.ConcurrentLinkedQueue<>();

    SwitchableSiteServer(Path site, String basePath) throws IOException {
        this.basePath = basePath;
        this.root = new AtomicReference<>(site);
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 64);
        server.createContext("/", this::handle);
        server.setExecutor(java.util.concurrent.Executors.newFixedThreadPool(8, r -> {
            Thread thread = new Thread(r, "offline-test-server");
            thread.setDaemon(true);
            return thread;
        }));
        server.start();
    }

    /** The site's address, ending in its base path. */
    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + basePath;
    }

    void online(boolean value) {
        online.set(value);
    }

    /** While stalled, requests wait unanswered; released, they are answered. */
    void stalled(boolean value) {
        synchronized (stall) {
            stalled = value;
            stall.notifyAll();
        }
    }

    void serve(Path site) {
        root.set(site);
    }

    /** The paths requested since the last call, in order. */
    java.util.List<String> takeRequests() {
        java.util.List<String> paths = new java.util.ArrayList<>();
        for (String path; (path = requested.poll()) != null; ) {
            paths.add(path);
        }
        return paths;
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            if (!online.get()) {
                return; // closed without a status line: the browser sees a network error
            }
            synchronized (stall) {
                while (stalled) {
                    try {
                        stall.wait();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        return;
                    }
                }
            }
            String path = URLDecoder.decode(exchange.getRequestURI().getRawPath(), StandardCharsets.UTF_8);
            requested.add(path);
            Path site = root.get();
            Path file = path.startsWith(basePath) ? site.resolve(path.substring(basePath.length())).normalize() : null;
            if (file != null && Files.isDirectory(file)) {
                if (!path.endsWith("/")) {
                    exchange.getResponseHeaders().set("Location", path + "/");
                    exchange.sendResponseHeaders(301, -1);
                    return;
                }
                file = file.resolve("index.html");
            }
            int status = 200;
            if (file == null || !file.startsWith(site) || !Files.isRegularFile(file)) {
                status = 404;
                file = site.resolve("404.html");
            }
            byte[] body = Files.isRegularFile(file) ? Files.readAllBytes(file) : new byte[0];
            String name = file.getFileName().toString();
            exchange.getResponseHeaders().set("Content-Type",
                    TYPES.getOrDefault(name.substring(name.lastIndexOf('.') + 1), "application/octet-stream"));
            exchange.getResponseHeaders().set("Content-Security-Policy", "default-src 'self'; img-src 'self' data:");
            exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
            if (body.length > 0) {
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(body);
                }
            }
        }
    }

    @Override
    public void close() {
        stalled(false);
        server.stop(0);
    }
}
