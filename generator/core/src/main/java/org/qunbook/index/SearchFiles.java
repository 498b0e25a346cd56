package org.qunbook.index;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.qunbook.search.TextAnalyzer;

/**
 * Every file search needs in the site, by path from the site root: the index's own files (term
 * shards, display data, snippet texts; each serves http(s) and {@code file://} alike) under
 * {@code search/}, and the client's scripts (lunr, {@code qunbook-search.js} and the Web Worker that
 * runs it) under {@value #ASSETS}.
 */
public final class SearchFiles {

    /** Where the client's scripts go; pages link {@code qunbook-search.js} from there. */
    public static final String ASSETS = "assets/search/";

    /** The search client every page links to. */
    public static final String CLIENT = ASSETS + "qunbook-search.js";

    /** Marks a search's words on the page a result leads to; linked from every page, after the client. */
    public static final String HIGHLIGHT = ASSETS + "search-highlight.js";

    /** Each script's name in the site and its resource next to {@link TextAnalyzer}. */
    private static final String[][] SCRIPTS = {{"lunr.min.js", "lunr-2.3.9.min.js"},
            {"qunbook-search.js", "qunbook-search.js"}, {"search-worker.js", "search-worker.js"},
            {"search-highlight.js", "search-highlight.js"}};

    private SearchFiles() {
    }

    public static List<SearchFile> of(SearchIndex index) {
        List<SearchFile> files = new ArrayList<>();
        index.files().forEach(f -> files.add(new SearchFile("search/" + f.path(), f.parts())));
        for (String[] script : SCRIPTS) {
            try (InputStream in = TextAnalyzer.class.getResourceAsStream(script[1])) {
                files.add(new SearchFile(ASSETS + script[0], List.of(in.readAllBytes())));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return files;
    }
}
