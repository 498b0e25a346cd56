package org.qunbook.api;

import java.util.List;
import java.util.Optional;

/**
 * Argument of {@link SitePlugin#postBuild}, which runs after the site is written: pages are
 * facts ({@link PageInfo}), their content released.
 */
public interface PostBuildContext extends SiteContext {

    /** Every page in a stable order (by URL), without its content. */
    @Override
    List<PageInfo> pages();

    @Override
    Optional<PageInfo> findPage(String url);

    /** Writes a file into the output folder; a path that would leave the folder is rejected. */
    void writeFile(String outputPath, byte[] content);
}
