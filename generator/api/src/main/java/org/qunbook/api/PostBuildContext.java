package org.qunbook.api;

/** Argument of {@link SitePlugin#postBuild}. */
public interface PostBuildContext extends SiteContext {

    /** Writes a file into the output folder; a path that would leave the folder is rejected. */
    void writeFile(String outputPath, byte[] content);
}
