package org.qunbook.plugin;

import java.util.Map;

/**
 * What plugins made for one page outside its content, for the theme.
 *
 * @param data  {@code page.plugins}: each plugin's page data, by plugin name
 * @param slots {@code page.slots}: each slot's HTML (every plugin's part, in configured order), by slot name
 */
public record PluginPageOutput(Map<String, Object> data, Map<String, String> slots) {

    public static final PluginPageOutput NONE = new PluginPageOutput(Map.of(), Map.of());

    public PluginPageOutput {
        data = Map.copyOf(data);
        slots = Map.copyOf(slots);
    }
}
