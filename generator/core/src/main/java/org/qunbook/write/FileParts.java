package org.qunbook.write;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** A file's bytes given as parts, one after the other (see {@link SiteOutput#write(String, List, String)}). */
final class FileParts {
    private FileParts() {
    }

    static void write(Path file, List<byte[]> parts) throws IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            for (byte[] part : parts) {
                out.write(part);
            }
        }
    }

    /** Whether the two hold the same bytes, however they are cut into parts. */
    static boolean sameBytes(List<byte[]> a, List<byte[]> b) {
        if (a == b) {
            return true;
        }
        if (a == null || b == null || length(a) != length(b)) {
            return false;
        }
        int partA = 0;
        int partB = 0;
        int atA = 0;
        int atB = 0;
        while (partA < a.size() && partB < b.size()) {
            byte[] x = a.get(partA);
            byte[] y = b.get(partB);
            int n = Math.min(x.length - atA, y.length - atB);
            if (!java.util.Arrays.equals(x, atA, atA + n, y, atB, atB + n)) {
                return false;
            }
            atA += n;
            atB += n;
            if (atA == x.length) {
                partA++;
                atA = 0;
            }
            if (atB == y.length) {
                partB++;
                atB = 0;
            }
        }
        return true;
    }

    private static long length(List<byte[]> parts) {
        long length = 0;
        for (byte[] part : parts) {
            length += part.length;
        }
        return length;
    }
}
