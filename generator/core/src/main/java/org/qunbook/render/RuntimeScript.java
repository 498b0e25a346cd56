package org.qunbook.render;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * {@code assets/qunbook/runtime.js}, the script every page loads before the theme's and the
 * plugins' (root, messages, format, storage, copy: see the script's header): the core's
 * {@code runtime.js} followed by one call handing it the plugins' UI strings in the site's language,
 * with the site's overrides. The strings travel in the script itself, so they need no request, no
 * inline script and no attribute on every page, and work from {@code file://}.
 */
public final class RuntimeScript {

    /** Where the build writes it, site-relative; {@code runtime.js} finds the site root from it. */
    public static final String PATH = "assets/qunbook/runtime.js";

    /** Only the plugins' strings go to the page: the theme's reach its scripts as {@code data-msg-*}. */
    private static final String PLUGIN_KEYS = "plugin.";

    private static final byte[] SOURCE = source();

    private RuntimeScript() {
    }

    /** The runtime with {@code messages}' plugin strings (keys sorted, so the bytes are reproducible). */
    public static RenderedFile file(Map<String, String> messages) {
        Map<String, String> strings = new TreeMap<>();
        messages.forEach((key, value) -> {
            if (key.startsWith(PLUGIN_KEYS)) {
                strings.put(key, value);
            }
        });
        String call;
        try {
            call = "qunbook.useMessages(" + new ObjectMapper().writeValueAsString(strings)
                    .replace("\u2028", "\\u2028").replace("\u2029", "\\u2029") + ");\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        return new RenderedFile(PATH, List.of(SOURCE, call.getBytes(StandardCharsets.UTF_8)));
    }

    private static byte[] source() {
        try (InputStream in = RuntimeScript.class.getResourceAsStream("runtime.js")) {
            if (in == null) {
                throw new IllegalStateException("runtime.js missing from qunbook-core");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
