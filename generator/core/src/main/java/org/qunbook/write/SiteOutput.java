package org.qunbook.write;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/** Where a build's files go: every path is checked to stay inside the output folder. */
public interface SiteOutput extends AutoCloseable {

    /**
     * Writes one file.
     *
     * @param path  path inside the site, with {@code /}
     * @param owner what produced it, named if another producer writes the same path
     */
    default void write(String path, byte[] content, String owner) {
        write(path, List.of(content), owner);
    }

    /** Writes one file whose bytes are {@code parts}, one after the other (not to be changed afterwards). */
    void write(String path, List<byte[]> parts, String owner);

    /** Copies {@code source} (which may live in a jar's file system) to {@code path}. */
    void copy(String path, Path source, String owner);

    int fileCount();

    /** Makes the written site the served one. */
    void commit() throws IOException;

    @Override
    void close() throws IOException;
}
