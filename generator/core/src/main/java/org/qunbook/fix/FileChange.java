package org.qunbook.fix;

import java.nio.file.Path;
import java.util.Map;

/**
 * What fixing one file changes.
 *
 * @param file        the file
 * @param displayPath the file as problems name it
 * @param before      its text before (byte-order mark and line endings as in the file)
 * @param after       its text after
 * @param fixed       problems fixed, by rule id (the {@code [rule]} that ends a problem's message)
 */
public record FileChange(Path file, String displayPath, String before, String after, Map<String, Integer> fixed) {

    public FileChange {
        fixed = Map.copyOf(fixed);
    }

    public int fixedCount() {
        return fixed.values().stream().mapToInt(Integer::intValue).sum();
    }

    public String diff() {
        return UnifiedDiff.of(displayPath, before, after);
    }
}
