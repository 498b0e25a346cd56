package org.qunbook.plugin;

import org.qunbook.api.PageInfo;
import org.qunbook.api.PageView;
import org.qunbook.api.PluginSetup;
import org.qunbook.api.PostBuildContext;
import org.qunbook.api.SearchEntriesContext;
import org.qunbook.api.SitePlugin;

/**
 * A plugin that reads pages' content after render, as a plugin compiled against API 1.0 could
 * (there, every hook's pages were {@link PageView}s): it must get the clear refusal, not an empty
 * element. Option {@code hook}: {@code postBuild} (default) or {@code addSearchEntries}.
 */
public final class LateReaderPlugin implements SitePlugin {

    public record Options(String hook) {
        public Options {
            hook = hook == null ? "postBuild" : hook;
        }
    }

    private Options options;

    @Override
    public String name() {
        return "late-reader";
    }

    @Override
    public void configure(PluginSetup setup) {
        options = setup.options(Options.class);
    }

    @Override
    public void addSearchEntries(SearchEntriesContext context) {
        if (options.hook().equals("addSearchEntries")) {
            context.pages().forEach(LateReaderPlugin::read);
        }
    }

    @Override
    public void postBuild(PostBuildContext context) {
        if (options.hook().equals("postBuild")) {
            context.pages().forEach(LateReaderPlugin::read);
        }
    }

    private static void read(PageInfo page) {
        ((PageView) page).content().text();
    }
}
