package org.qunbook.offline;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.qunbook.config.OfflineSettings;
import org.qunbook.config.SiteConfig;
import org.qunbook.render.RenderedFile;

/**
 * The offline files of a written site: {@code manifest.webmanifest}, {@code sw.js} and
 * {@code offline-manifest.json}. Made from the site folder after every other file is written, so
 * the version covers every byte a reader could have cached; nothing here reads the clock.
 */
public final class OfflineSite {

    public static final String WEB_MANIFEST = "manifest.webmanifest";
    public static final String SERVICE_WORKER = "sw.js";
    public static final String FILE_LIST = "offline-manifest.json";

    private static final String WORKER_SOURCE = "sw.js";
    private static final String SETTINGS_MARK = "/* qunbook:settings */";
    /** PNG icons the web app manifest lists when the theme has them (installable apps need 192 and 512). */
    private static final List<String> ICON_SIZES = List.of("192", "512");

    private final SiteConfig config;
    private final OfflineSettings settings;
    private final String unavailableMessage;
    private final ObjectMapper json = new ObjectMapper().disable(SerializationFeature.INDENT_OUTPUT);

    /**
     * @param unavailableMessage what the worker answers for a page that is neither reachable nor saved
     *                           (the theme's {@code offline.unavailable} string)
     */
    public OfflineSite(SiteConfig config, String unavailableMessage) {
        this.config = config;
        this.settings = config.upkeep().offline();
        this.unavailableMessage = unavailableMessage;
    }

    /** The three files for the site written in {@code folder}. */
    public List<RenderedFile> files(Path folder) throws IOException {
        List<String> paths = sitePaths(folder);
        byte[] webManifest = webManifest(paths);
        String workerSource = workerSource();
        OfflineList list = list(folder, paths, webManifest, workerSource);
        return List.of(new RenderedFile(WEB_MANIFEST, webManifest),
                new RenderedFile(SERVICE_WORKER, worker(workerSource, list).getBytes(StandardCharsets.UTF_8)),
                new RenderedFile(FILE_LIST, fileList(list)));
    }

    /**
     * Every file of the site in {@code folder} sorted, what the shell and the book are, and the
     * version: SHA-256 over every path and its bytes' SHA-256, the web app manifest and the worker's
     * code, cut to 16 hex digits.
     */
    OfflineList list(Path folder, List<String> paths, byte[] webManifest, String workerSource) throws IOException {
        MessageDigest site = sha256();
        List<OfflineFile> shell = new ArrayList<>();
        List<OfflineFile> book = new ArrayList<>();
        for (String path : paths) {
            byte[] bytes = Files.readAllBytes(folder.resolve(path));
            String hash = HexFormat.of().formatHex(sha256().digest(bytes));
            site.update((path + "\0" + hash + "\n").getBytes(StandardCharsets.UTF_8));
            if (path.startsWith("assets/")) {
                shell.add(new OfflineFile(path, bytes.length, hash.substring(0, 8)));
            } else if (inBook(path)) {
                book.add(new OfflineFile(url(path), bytes.length, hash.substring(0, 8)));
            }
        }
        shell.add(new OfflineFile(WEB_MANIFEST, webManifest.length, ""));
        site.update(webManifest);
        site.update(workerSource.getBytes(StandardCharsets.UTF_8));
        site.update(unavailableMessage.getBytes(StandardCharsets.UTF_8));
        String version = HexFormat.of().formatHex(site.digest()).substring(0, 16);
        return new OfflineList(version, shell, book);
    }

    /**
     * Pages, search files and content files. Not the feeds, sitemap and robots.txt (for machines), nor
     * the print page (the whole handbook again, on one page: a reader saves it as a PDF instead).
     */
    private static boolean inBook(String path) {
        return !(path.endsWith(".xml") || path.equals("robots.txt") || path.startsWith("print/"));
    }

    /** The URL a link to the file uses: a folder's index page is linked as the folder. */
    static String url(String path) {
        if (path.equals("index.html")) {
            return "";
        }
        return path.endsWith("/index.html") ? path.substring(0, path.length() - "index.html".length()) : path;
    }

    private static List<String> sitePaths(Path folder) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile).map(f -> folder.relativize(f).toString().replace('\\', '/'))
                    .filter(p -> !p.startsWith(".") && !p.contains("/."))
                    .filter(p -> !p.equals(WEB_MANIFEST) && !p.equals(SERVICE_WORKER) && !p.equals(FILE_LIST))
                    .sorted().toList();
        }
    }

    /** The web app manifest; its URLs are relative to it, i.e. to the site root, so a sub-path works. */
    byte[] webManifest(List<String> paths) throws JsonProcessingException {
        Map<String, Object> manifest = new LinkedHashMap<>();
        manifest.put("name", config.title());
        manifest.put("short_name", settings.shortName().isEmpty() ? config.title() : settings.shortName());
        if (!config.description().isEmpty()) {
            manifest.put("description", config.description());
        }
        manifest.put("lang", config.language());
        manifest.put("start_url", "./");
        manifest.put("scope", "./");
        manifest.put("display", "standalone");
        manifest.put("background_color", "#ffffff");
        manifest.put("theme_color", settings.themeColor());
        List<Map<String, String>> icons = new ArrayList<>();
        if (paths.contains("assets/img/favicon.svg")) {
            icons.add(icon("assets/img/favicon.svg", "any", "image/svg+xml"));
        }
        for (String size : ICON_SIZES) {
            String icon = "assets/img/icon-" + size + ".png";
            if (paths.contains(icon)) {
                icons.add(icon(icon, size + "x" + size, "image/png"));
            }
        }
        manifest.put("icons", icons);
        return (json.writerWithDefaultPrettyPrinter().writeValueAsString(manifest) + "\n").getBytes(StandardCharsets.UTF_8);
    }

    /** In a fixed key order: the bytes must not depend on a hash map's. */
    private static Map<String, String> icon(String src, String sizes, String type) {
        Map<String, String> icon = new LinkedHashMap<>();
        icon.put("src", src);
        icon.put("sizes", sizes);
        icon.put("type", type);
        return icon;
    }

    /** {@code {"version":…,"files":N,"bytes":N,"book":[[url,bytes,hash],…]}}: compact, for 10,000-page sites. */
    byte[] fileList(OfflineList list) throws JsonProcessingException {
        StringBuilder out = new StringBuilder("{\"version\":").append(json.writeValueAsString(list.version()))
                .append(",\"files\":").append(list.book().size())
                .append(",\"bytes\":").append(list.bookBytes())
                .append(",\"book\":[\n");
        for (int i = 0; i < list.book().size(); i++) {
            OfflineFile file = list.book().get(i);
            out.append('[').append(json.writeValueAsString(file.url())).append(',').append(file.bytes())
                    .append(",\"").append(file.hash()).append("\"]")
                    .append(i + 1 < list.book().size() ? ",\n" : "\n");
        }
        return out.append("]}\n").toString().getBytes(StandardCharsets.UTF_8);
    }

    /** The worker's code with this build's version, shell and message in place of its settings mark. */
    String worker(String source, OfflineList list) throws JsonProcessingException {
        List<String> shell = list.shell().stream().map(OfflineFile::url).toList();
        String settingsLine = "const VERSION = " + json.writeValueAsString(list.version()) + ";\n"
                + "const SHELL = " + json.writeValueAsString(shell) + ";\n"
                + "const UNAVAILABLE = " + json.writeValueAsString(unavailableMessage) + ";\n"
                + "const LANGUAGE = " + json.writeValueAsString(config.language()) + ";";
        return source.replace(SETTINGS_MARK, settingsLine);
    }

    static String workerSource() {
        try (InputStream in = OfflineSite.class.getResourceAsStream(WORKER_SOURCE)) {
            String source = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            if (!source.contains(SETTINGS_MARK)) {
                throw new IllegalStateException("sw.js has no " + SETTINGS_MARK);
            }
            return source;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
