package org.qunbook.search;

import java.io.IOException;
import java.io.OutputStream;
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
 *
 * <p>The index is built from an {@link IndexCorpus} (terms as ids, counted per field); the methods
 * taking {@link IndexedDocument}s turn their tokens into one first.
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
     * The index of {@code corpus} as UTF-8 JSON (no trailing newline, like JSON.stringify). The
     * corpus's fields must be the settings' fields, in order.
     *
     * @throws IllegalArgumentException for duplicate refs, other fields, missing positions or out-of-range scores
     */
    public byte[] toUtf8(IndexCorpus corpus) {
        return build(corpus).toByteArray();
    }

    /**
     * {@link #toUtf8(IndexCorpus)} in parts of about a megabyte, one after the other: the bytes as
     * they were written, without the copy into one array (a 10,000-page site's index is 150 MB).
     */
    public List<byte[]> toUtf8Parts(IndexCorpus corpus) {
        return build(corpus).parts();
    }

    /** Writes the index of {@code corpus} as UTF-8 to {@code out} (not closed). */
    public void write(IndexCorpus corpus, OutputStream out) throws IOException {
        build(corpus).writeTo(out);
    }

    /**
     * Writes the index for {@code documents}, in that order, to {@code out} (not closed).
     *
     * @throws IllegalArgumentException for duplicate refs, undeclared fields, or out-of-range scores
     */
    public void write(List<IndexedDocument> documents, Writer out) throws IOException {
        out.write(toJson(documents));
    }

    /** Writes the index as UTF-8 to {@code file}. */
    public void write(List<IndexedDocument> documents, Path file) throws IOException {
        JsonBytes json = build(corpus(documents)); // validate before touching the file
        try (OutputStream out = Files.newOutputStream(file)) {
            json.writeTo(out);
        }
    }

    /** The index as a JSON string (no trailing newline, like JSON.stringify). */
    public String toJson(List<IndexedDocument> documents) {
        return new String(toUtf8(corpus(documents)), StandardCharsets.UTF_8);
    }

    private IndexCorpus corpus(List<IndexedDocument> documents) {
        return IndexCorpus.of(settings.fields().stream().map(SearchField::name).toList(), documents,
                settings.storePositions());
    }

    private JsonBytes build(IndexCorpus corpus) {
        return LunrJsonSerializer.write(Bm25IndexBuilder.build(settings, corpus));
    }
}
