package org.qunbook.api;

/**
 * A qunbook plugin, discovered with {@link java.util.ServiceLoader} and enabled, ordered and
 * configured in {@code qunbook.yml}.
 *
 * <p>Every hook has a no-op default and takes one context object, so hooks can grow without
 * breaking plugins. Hooks run in this order, each plugin in configured order:
 * <ol>
 *   <li>{@link #configure} once, before any content is read;</li>
 *   <li>{@link #contentLoaded} once, after every page is parsed;</li>
 *   <li>{@link #addPages} once, so that generated pages go through the same transforms;</li>
 *   <li>{@link #transform} once per page (generated pages included), in parallel across pages;</li>
 *   <li>(the render stage: it takes each page's content, which is then released)</li>
 *   <li>{@link #addSearchEntries} once, before the search index is written;</li>
 *   <li>{@link #postBuild} once, after every file is written.</li>
 * </ol>
 * The hooks before render see pages with their content ({@link PageView}); the hooks after it see
 * facts ({@link PageInfo}), and a {@code content()} read there throws, naming the stage.
 * A new instance is created for every build, so state kept in fields lives for one build only.
 * Content problems are reported through the context ({@code report(Problem)}), not thrown; an
 * exception escaping a hook fails the build with the plugin, hook and file named.
 */
public interface SitePlugin {

    /** Stable lower-case id used in {@code qunbook.yml}, logs and errors, e.g. {@code glossary}. */
    String name();

    /**
     * The plugin API version this plugin was built against, {@code ""} if undeclared. Override it
     * as {@code return ApiVersion.CURRENT;}: the compiler copies the constant into your class, so
     * qunbook can tell, when it loads the plugin, whether it provides that API
     * ({@link ApiVersion}). The jar manifest attribute {@value ApiVersion#MANIFEST_ATTRIBUTE} is
     * the alternative.
     */
    default String apiVersion() {
        return "";
    }

    /** Reads options, registers Markdown extensions and assets. */
    default void configure(PluginSetup setup) {}

    /** Sees every page, may publish site data and report problems. */
    default void contentLoaded(ContentLoadedContext context) {}

    /** Rewrites one page's content fragment. Called concurrently for different pages. */
    default void transform(TransformContext context) {}

    /** Adds generated pages, rendered through the theme like any other page. */
    default void addPages(AddPagesContext context) {}

    /** Adds entries to the search index beside the pages. Runs after render: pages are {@link PageInfo}. */
    default void addSearchEntries(SearchEntriesContext context) {}

    /**
     * Runs after the site is written; may add files and report problems. Pages are facts
     * ({@link PageInfo}): their content was released by the render stage, so gather what you need
     * from it in {@code contentLoaded} or {@code transform}.
     */
    default void postBuild(PostBuildContext context) {}
}
