package org.qunbook.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Reads a built site's search files (scripts {@code qunbookSearchLoaded("NAME",JSON);}) as JSON, for assertions. */
final class SearchFiles {
    private static final ObjectMapper JSON = new ObjectMapper();

    private SearchFiles() {
    }

    /** The data of {@code search/NAME.js} in the built site {@code site}. */
    static JsonNode read(Path site, String name) throws IOException {
        String text = Files.readString(site.resolve("search/" + name + ".js"), StandardCharsets.UTF_8);
        String head = "qunbookSearchLoaded(\"" + name + "\",";
        if (!text.startsWith(head) || !text.endsWith(");\n")) {
            throw new IOException("search/" + name + ".js is not a search file");
        }
        return JSON.readTree(text.substring(head.length(), text.length() - 3));
    }
}
