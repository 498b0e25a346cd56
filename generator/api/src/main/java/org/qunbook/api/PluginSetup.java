package org.qunbook.api;

import com.vladsch.flexmark.util.data.DataKey;
import com.vladsch.flexmark.util.misc.Extension;

/** What a plugin may do in {@link SitePlugin#configure}. */
public interface PluginSetup {

    /** Facts about the site being built. */
    SiteInfo site();

    /** Traditional/Simplified folding and pinyin, shared with the core. */
    TextTools text();

    /**
     * Binds this plugin's {@code options:} block from {@code qunbook.yml} to {@code type},
     * typically a record whose compact constructor fills defaults for absent (null) components.
     * An absent block binds like an empty one. Unknown keys and wrong types fail the build with
     * the line in {@code qunbook.yml}.
     *
     * @throws OptionsException when the block does not fit the type
     */
    <T> T options(Class<T> type);

    /** Registers flexmark syntax, e.g. a block parser with its node renderer. */
    void addMarkdownExtension(Extension extension);

    /** Sets a flexmark option, e.g. a task list item marker. */
    <T> void setMarkdownOption(DataKey<T> key, T value);

    /**
     * Copies a classpath resource (relative to the plugin's class loader) to {@code outputPath}
     * in the site; {@code .css} files are linked and {@code .js} files loaded (deferred) on every
     * page by the theme.
     */
    void addAsset(String outputPath, String classpathResource);

    /**
     * Registers this plugin's UI strings: {@code <folder><language>.yml} for the site's language,
     * over {@code <folder><defaultLanguage>.yml} key by key, read from the plugin's jar. {@code folder}
     * is relative to the plugin class's package, as in {@link Class#getResource} ({@code "i18n/"}
     * next to {@code org/example/MyPlugin.class} is {@code org/example/i18n/}); a leading {@code /}
     * makes it absolute. Nested keys are flattened with dots and put under {@code plugin.<name>.}:
     * {@code copy:} in the checklist plugin's file is {@code plugin.checklist.copy}.
     *
     * <p>A site overrides single strings in {@code content/_theme/i18n/<language>.yml}
     * ({@code plugin: { checklist: { copy: … } }}), as it does the theme's. Java code reads them with
     * {@link SiteContext#message}; the page's scripts with {@code qunbook.msg(key, values)} from the
     * runtime script every page loads ({@code assets/qunbook/runtime.js}). A key missing in the
     * site's language falls back to the default language's; a file that is not valid YAML is an
     * error with its line.
     *
     * @param folder          the folder holding {@code <language>.yml} files, ending in {@code /}
     * @param defaultLanguage the language whose file has every key, e.g. {@code en}
     */
    void addMessages(String folder, String defaultLanguage);

    /** {@link #addMessages(String, String)} with English ({@code en.yml}) as the default language. */
    default void addMessages(String folder) {
        addMessages(folder, "en");
    }
}
