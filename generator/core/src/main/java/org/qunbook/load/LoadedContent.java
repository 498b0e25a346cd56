package org.qunbook.load;

import java.util.List;

/** What the load stage found: pages (drafts already left out unless serving) and static files. */
public record LoadedContent(List<SourcePage> pages, List<StaticFile> staticFiles) {

    public LoadedContent {
        pages = List.copyOf(pages);
        staticFiles = List.copyOf(staticFiles);
    }
}
