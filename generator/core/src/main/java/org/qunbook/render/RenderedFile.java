package org.qunbook.render;

import java.util.List;

/**
 * A file of the finished site.
 *
 * @param outputPath path inside the output folder, with {@code /}
 * @param parts      its bytes, one part after the other: the search scripts wrap the index's bytes
 *                   without copying them (a 10,000-page site's index is 150 MB)
 */
public record RenderedFile(String outputPath, List<byte[]> parts) {

    public RenderedFile {
        parts = List.copyOf(parts);
    }

    public RenderedFile(String outputPath, byte[] content) {
        this(outputPath, List.of(content));
    }

    /** All its bytes in one array (a copy if it has several parts). */
    public byte[] content() {
        if (parts.size() == 1) {
            return parts.get(0);
        }
        int length = 0;
        for (byte[] part : parts) {
            length = Math.addExact(length, part.length);
        }
        byte[] all = new byte[length];
        int at = 0;
        for (byte[] part : parts) {
            System.arraycopy(part, 0, all, at, part.length);
            at += part.length;
        }
        return all;
    }
}
