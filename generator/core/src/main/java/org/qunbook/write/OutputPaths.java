package org.qunbook.write;

import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** The files of one build, by path inside the output folder; refuses paths that leave it or repeat. */
final class OutputPaths {

    private final Path root;
    private final Map<String, String> writtenBy = new ConcurrentHashMap<>();

    OutputPaths(Path root) {
        this.root = root;
    }

    Path resolve(String path, String owner) {
        Path file = root.resolve(path).normalize();
        if (path.isEmpty() || path.startsWith("/") || path.contains("\\") || !file.startsWith(root)
                || file.equals(root)) {
            throw new OutputPathException("'" + path + "' (from " + owner + ") would be written outside the output folder");
        }
        String previous = writtenBy.putIfAbsent(root.relativize(file).toString(), owner);
        if (previous != null) {
            throw new OutputPathException("'" + path + "' is written twice: by " + previous + " and by " + owner);
        }
        return file;
    }

    int count() {
        return writtenBy.size();
    }

    java.util.Set<String> paths() {
        return writtenBy.keySet();
    }
}
