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
}
