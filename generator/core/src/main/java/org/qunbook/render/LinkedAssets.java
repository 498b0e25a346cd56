package org.qunbook.render;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.qunbook.index.SearchFiles;

/**
 * The stylesheets and scripts every page links to, in order: the theme's, then the plugins'; before
 * them the search client and the runtime (UI strings, storage, formatting), after them the scripts of the server the site is previewed on.
 *
 * @param stylesheets site-relative paths, theme first
 * @param scripts     site-relative paths
 */
public record LinkedAssets(List<String> stylesheets, List<String> scripts) {

    public LinkedAssets {
        stylesheets = List.copyOf(stylesheets);
        scripts = List.copyOf(scripts);
    }

    /**
     * @param themeAssets  the theme's files, by output path
     * @param pluginAssets the plugins' files, by output path, in plugin order
     * @param search       whether the site has search
     * @param served       scripts the preview server answers itself ({@code serve}'s live reload), so
     *                     a built site never contains them
     */
    public static LinkedAssets collect(Collection<String> themeAssets, Collection<String> pluginAssets,
                                       boolean search, List<String> served) {
        List<String> stylesheets = new ArrayList<>();
        List<String> scripts = new ArrayList<>();
        themeAssets.stream().filter(p -> p.startsWith("assets/css/") && p.endsWith(".css")).forEach(stylesheets::add);
        themeAssets.stream().filter(p -> p.startsWith("assets/js/") && p.endsWith(".js")).forEach(scripts::add);
        for (String asset : pluginAssets) {
            if (asset.endsWith(".css")) {
                stylesheets.add(asset);
            } else if (asset.endsWith(".js")) {
                scripts.add(asset);
            }
        }
        scripts.addAll(served);
        scripts.add(0, RuntimeScript.PATH); // before every script that uses it
        if (search) {
            // lunr is not on every page: the worker imports it, and the page adds it only from file://
            scripts.add(0, SearchFiles.CLIENT);
            scripts.add(1, SearchFiles.HIGHLIGHT);
        }
        return new LinkedAssets(stylesheets, scripts);
    }
}
