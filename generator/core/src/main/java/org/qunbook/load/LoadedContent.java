package org.qunbook.load;

import java.util.List;

/**
 * What the load stage found: pages (drafts already left out unless serving or asked for with {@code --drafts}), static files and the
 * content folder's git history (last author of each file, latest commits).
 */
public record LoadedContent(List<SourcePage> pages, List<StaticFile> staticFiles, GitDates history) {

    public LoadedContent {
        pages = List.copyOf(pages);
        staticFiles = List.copyOf(staticFiles);
    }

    public LoadedContent(List<SourcePage> pages, List<StaticFile> staticFiles) {
        this(pages, staticFiles, GitDates.none());
    }
}
