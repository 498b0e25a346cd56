package org.qunbook.index;

import java.util.List;

/**
 * One search file: its path under {@code search/} and its content, UTF-8 in parts.
 */
public record SearchFile(String path, List<byte[]> parts) {

    public SearchFile {
        parts = List.copyOf(parts);
    }
}
