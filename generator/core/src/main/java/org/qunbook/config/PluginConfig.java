package org.qunbook.config;

import java.util.Map;

/**
 * One entry of {@code plugins:} in {@code qunbook.yml}.
 *
 * @param name    the plugin's name
 * @param options its options block as plain values (empty when absent)
 * @param line    line of the entry, for problems
 * @param optionLines line of each option key, by key
 */
public record PluginConfig(String name, Map<String, Object> options, int line, Map<String, Integer> optionLines) {

    public PluginConfig {
        options = Map.copyOf(options);
        optionLines = Map.copyOf(optionLines);
    }
}
