package org.qunbook.plugin;

import org.qunbook.api.SitePlugin;
import org.qunbook.config.PluginConfig;

/** A plugin instance with the config entry that enabled it. */
public record LoadedPlugin(SitePlugin plugin, PluginConfig config) {

    public String name() {
        return config.name();
    }
}
