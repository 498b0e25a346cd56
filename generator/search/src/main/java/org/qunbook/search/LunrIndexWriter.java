package org.qunbook.search;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * Writes a serialized lunr 2.3.9 index: the same bytes {@code JSON.stringify(builder.build())}
 * gives for a {@code new lunr.Builder()} fed the same fields, boosts and final tokens, ready for
 * {@code lunr.Index.load(JSON.parse(text))} in the browser.
 */
public final class LunrIndexWriter {
    private final LunrIndexSettings settings;

    public LunrIndexWriter(LunrIndexSettings settings) {
        this.settings = Objects.requireNonNull(settings, "settings");
    }

    public LunrIndexSettings settings() {
        return settings;
    }

    /**
     * Writes the index for {@code documents}, in that order, to {@code out} (not closed).
     *
     * @throws IllegalArgumentException for duplicate refs, undeclared fields, or out-of-range scores
     */
    public void write(List<IndexedDocument> documents, Writer out) throws IOException {
        LunrJsonSerializer.write(build(documents), out);
    }

    /** Writes the index as UTF-8 to {@code file}. */
    public void write(List<IndexedDocument> documents, Path file) throws IOException {
        BuiltIndex index = build(documents); // validate before touching the file
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            LunrJsonSerializer.write(index, out);
        }
    }

    /** The index as a JSON string (no trailing newline, like JSON.stringify). */
    public String toJson(List<IndexedDocument> documents) {
        StringWriter out = new StringWriter();
        try {
            write(documents, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringWriter does not fail
        }
        return out.toString();
    }

    private BuiltIndex build(List<IndexedDocument> documents) {
        Bm25IndexBuilder builder = new Bm25IndexBuilder(settings);
        for (IndexedDocument document : documents) {
            builder.add(document);
        }
        return builder.build();
    }
}
