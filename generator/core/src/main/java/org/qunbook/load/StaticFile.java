package org.qunbook.load;

import java.nio.file.Path;

/**
 * A non-Markdown file in the content folder (an image, a PDF), copied as it is.
 *
 * @param relativePath path within the content folder and the output folder
 * @param source       the file
 */
public record StaticFile(String relativePath, Path source) {
}
