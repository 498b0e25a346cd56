package org.qunbook.index;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.zip.Deflater;

/**
 * How many bytes {@code GZIPOutputStream} (default level) would write for some bytes, counted
 * without keeping the compressed bytes: the gzip header and trailer are fixed, and deflate's output
 * does not depend on how its input is split, so parts count as their concatenation.
 *
 * <p>Deflating the index of a 1,000-page site takes about a second, longer than building the index,
 * and only the size report needs it; so it runs on a thread of its own (not on the common pool, which
 * the build's parallel stages use) while the build writes the site.
 */
final class GzipSize {
    /** GZIPOutputStream's 10-byte header and 8-byte trailer (CRC-32 and length). */
    private static final int HEADER_AND_TRAILER = 18;

    private GzipSize() {
    }

    /** The gzipped size of the parts one after the other, counted on a new daemon thread. */
    static CompletableFuture<Long> inBackground(List<byte[]> parts) {
        return CompletableFuture.supplyAsync(() -> of(parts), task -> {
            Thread thread = new Thread(task, "qunbook-gzip-size");
            thread.setDaemon(true);
            thread.start();
        });
    }

    static long of(List<byte[]> parts) {
        Deflater deflater = new Deflater(Deflater.DEFAULT_COMPRESSION, true); // raw deflate, as GZIPOutputStream
        try {
            byte[] sink = new byte[64 * 1024];
            long size = HEADER_AND_TRAILER;
            for (byte[] part : parts) {
                deflater.setInput(part);
                while (!deflater.needsInput()) {
                    size += deflater.deflate(sink);
                }
            }
            deflater.finish();
            while (!deflater.finished()) {
                size += deflater.deflate(sink);
            }
            return size;
        } finally {
            deflater.end();
        }
    }
}
