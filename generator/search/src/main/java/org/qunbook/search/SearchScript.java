package org.qunbook.search;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The one file format of the sharded search data: a script {@code qunbookSearchLoaded("NAME",JSON);}.
 * The same file serves both ways a page can read it: {@code fetch} reads it as text and parses the
 * JSON between the first comma and the last parenthesis ({@code qunbook-search.js}, in a Web Worker
 * over http(s) and under node), and from {@code file://}, where fetch of local files is blocked, a
 * {@code <script>} runs it and the global {@code qunbookSearchLoaded} receives the data by name.
 *
 * <p>NAME is the file's path under the search folder without {@code .js} ({@code meta},
 * {@code shards/12}): letters, digits, {@code -} and {@code /} only, so it never needs escaping and
 * holds no comma.
 */
public final class SearchScript {
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9-]+(/[A-Za-z0-9-]+)*");

    private SearchScript() {
    }

    /** The script that hands {@code json} (UTF-8 JSON, given in parts) to {@code qunbookSearchLoaded} as {@code name}. */
    public static List<byte[]> wrap(String name, List<byte[]> json) {
        if (!NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("not a search file name: " + name);
        }
        List<byte[]> parts = new ArrayList<>(json.size() + 2);
        parts.add(("qunbookSearchLoaded(\"" + name + "\",").getBytes(StandardCharsets.US_ASCII));
        parts.addAll(json);
        parts.add(");\n".getBytes(StandardCharsets.US_ASCII));
        return parts;
    }

    /** The file's path under the search folder. */
    public static String path(String name) {
        return name + ".js";
    }
}
