package org.qunbook.render;

/**
 * A file of the finished site.
 *
 * @param outputPath path inside the output folder, with {@code /}
 * @param content    its bytes
 */
public record RenderedFile(String outputPath, byte[] content) {
}
