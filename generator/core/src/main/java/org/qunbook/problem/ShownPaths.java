package org.qunbook.problem;

import java.nio.file.Path;

/**
 * Paths as problems print them: relative to where the user stands when the file is under it,
 * absolute otherwise, so that every printed path opens the right file from there.
 *
 * @param workingDir the user's folder, absolute
 */
public record ShownPaths(Path workingDir) {

    public ShownPaths {
        workingDir = workingDir.toAbsolutePath().normalize();
    }

    public String of(Path path) {
        Path absolute = path.toAbsolutePath().normalize();
        return absolute.startsWith(workingDir) && !absolute.equals(workingDir)
                ? workingDir.relativize(absolute).toString().replace('\\', '/') : absolute.toString();
    }
}
