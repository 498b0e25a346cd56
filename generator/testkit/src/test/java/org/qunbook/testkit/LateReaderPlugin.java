package org.qunbook.testkit;

import org.qunbook.api.ApiVersion;
import org.qunbook.api.PageView;
import org.qunbook.api.PostBuildContext;
import org.qunbook.api.SitePlugin;

/**
 * A plugin that breaks the page lifecycle: it reads pages' content in postBuild, as a plugin
 * compiled against API 1.0 (where every hook's pages were {@code PageView}s) could.
 */
public final class LateReaderPlugin implements SitePlugin {

    @Override
    public String name() {
        return "late-reader";
    }

    @Override
    public String apiVersion() {
        return ApiVersion.CURRENT;
    }

    @Override
    public void postBuild(PostBuildContext context) {
        context.pages().forEach(page -> ((PageView) page).content().text());
    }
}
