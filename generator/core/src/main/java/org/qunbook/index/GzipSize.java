package org.qunbook.index;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.zip.Deflater;

/**
 * How many bytes {@code GZIPOutputStream} (default level) writes for some bytes, counted without
 * keeping the compressed bytes; parts count as their concatenation.
 *
 * <p>Up to {@link #EXACT_UP_TO} bytes the size is exact. Beyond, it is estimated, because deflating
 * the whole index costs more than building it (1.4 s of CPU for the 1,000-page benchmark site,
 * 12 s for the 10,000-page one) and only the build's summary line and the budget check want it:
 * {@value #SAMPLES} evenly spaced slices of 64 KiB are deflated as they would be inside the whole
 * stream (each primed with the 32 KiB before it, deflate's window, as pigz does), and their
 * compression ratio is applied to the whole. On the benchmark sites' indexes and snippet texts the
 * estimate is within half a percent of the exact size, for about 0.1 s of CPU whatever the size
 * (64 slices were no closer).
 *
 * <p>It runs on a thread of its own (not on the common pool, which the build's parallel stages use)
 * while the build writes the site.
 *
 * @param bytes     the gzipped size
 * @param estimated whether it was estimated from samples
 */
record GzipSize(long bytes, boolean estimated) {
    /** GZIPOutputStream's 10-byte header and 8-byte trailer (CRC-32 and length). */
    private static final int HEADER_AND_TRAILER = 18;
    private static final int WINDOW = 32 * 1024;
    private static final int SLICE = 64 * 1024;
    static final int SAMPLES = 32;
    static final long EXACT_UP_TO = 4L * 1024 * 1024;

    /** The gzipped size of the parts one after the other, counted on a new daemon thread. */
    static CompletableFuture<GzipSize> inBackground(List<byte[]> parts) {
        return CompletableFuture.supplyAsync(() -> of(parts), task -> {
            Thread thread = new Thread(task, "qunbook-gzip-size");
            thread.setDaemon(true);
            thread.start();
        });
    }

    /** Exact up to {@link #EXACT_UP_TO} bytes, estimated beyond. */
    static GzipSize of(List<byte[]> parts) {
        long length = parts.stream().mapToLong(part -> part.length).sum();
        return length <= EXACT_UP_TO ? new GzipSize(exact(parts), false) : new GzipSize(estimate(parts, length), true);
    }

    private static long exact(List<byte[]> parts) {
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

    private static long estimate(List<byte[]> parts, long length) {
        byte[] window = new byte[WINDOW + SLICE];
        byte[] sink = new byte[SLICE + 1024];
        long compressed = 0;
        for (int k = 0; k < SAMPLES; k++) {
            long start = (length - SLICE) * k / (SAMPLES - 1);
            int primed = (int) Math.min(WINDOW, start);
            copy(parts, start - primed, window, primed + SLICE);
            Deflater deflater = new Deflater(Deflater.DEFAULT_COMPRESSION, true);
            try {
                if (primed > 0) {
                    deflater.setDictionary(window, 0, primed);
                }
                deflater.setInput(window, primed, SLICE);
                while (!deflater.needsInput()) {
                    compressed += deflater.deflate(sink, 0, sink.length, Deflater.NO_FLUSH);
                }
                int written;
                do { // what deflate still holds back, as the stream's next bytes would release it
                    written = deflater.deflate(sink, 0, sink.length, Deflater.SYNC_FLUSH);
                    compressed += written;
                } while (written == sink.length);
            } finally {
                deflater.end();
            }
        }
        return Math.round((double) compressed * length / ((long) SAMPLES * SLICE)) + HEADER_AND_TRAILER;
    }

    /** Copies {@code count} bytes from offset {@code from} of the parts' concatenation. */
    private static void copy(List<byte[]> parts, long from, byte[] into, int count) {
        long partStart = 0;
        int copied = 0;
        for (byte[] part : parts) {
            long partEnd = partStart + part.length;
            long at = from + copied;
            if (at < partEnd) {
                int offset = (int) (at - partStart);
                int n = Math.min(part.length - offset, count - copied);
                System.arraycopy(part, offset, into, copied, n);
                copied += n;
                if (copied == count) {
                    return;
                }
            }
            partStart = partEnd;
        }
        throw new IllegalArgumentException("the parts hold fewer than " + (from + count) + " bytes");
    }
}
