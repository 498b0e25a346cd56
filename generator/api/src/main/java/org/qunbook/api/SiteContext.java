package org.qunbook.api;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** What every hook after {@code configure} can see of the site. */
public interface SiteContext extends ProblemReporter {

    SiteInfo site();

    /** Traditional/Simplified folding and pinyin, shared with the core. */
    TextTools text();

    /**
     * Every page in a stable order (by URL). Each hook's context narrows the type: pages with their
     * content ({@link PageView}, {@link ContentContext}) before render, facts ({@link PageInfo})
     * after it ({@link SearchEntriesContext}, {@link PostBuildContext}).
     */
    List<? extends PageInfo> pages();

    /** The page at {@code url} (as in {@link PageInfo#url()}), typed as {@link #pages()}. */
    Optional<? extends PageInfo> findPage(String url);

    /**
     * Publishes data to templates as {@code site.data.<plugin name>}. Values must be plain data
     * (String, Number, Boolean, List, Map, records).
     */
    void putSiteData(Object value);

    /**
     * A plugin's YAML data file in the content folder, e.g. {@code _copyedit/vocabulary.yml}
     * (top-level folders starting with {@code _} hold data, not pages), as plain values with the
     * line of each top-level key. Empty when the file does not exist; a file that is not valid
     * YAML is reported as an error with its line and gives empty too.
     *
     * @param relativePath path within the content folder, with {@code /}
     */
    default Optional<FrontMatter> dataFile(String relativePath) {
        return Optional.empty();
    }

    /**
     * A UI string in the site's language: a plugin's ({@code plugin.<name>.<key>}, registered with
     * {@link PluginSetup#addMessages}) or the theme's ({@code search.title}), with the site's
     * {@code content/_theme/i18n/<language>.yml} overriding both. Empty when nobody defines it.
     */
    Optional<String> findMessage(String key);

    /** {@link #findMessage}, or the key itself when nobody defines it (as the theme's templates do). */
    default String message(String key) {
        return findMessage(key).orElse(key);
    }

    /**
     * {@link #message(String)} with each {@code {name}} replaced by {@code values.get("name")}; a
     * placeholder without a value stays as written. The page's scripts format the same way
     * ({@code qunbook.format}).
     */
    default String message(String key, Map<String, ?> values) {
        String text = message(key);
        StringBuilder out = new StringBuilder(text.length());
        int at = 0;
        for (int open = text.indexOf('{'); open >= 0; open = text.indexOf('{', open + 1)) {
            int close = open + 1;
            while (close < text.length() && isNameChar(text.charAt(close))) {
                close++;
            }
            String name = text.substring(open + 1, close);
            if (close < text.length() && text.charAt(close) == '}' && !name.isEmpty() && values.containsKey(name)) {
                out.append(text, at, open).append(values.get(name));
                at = close + 1;
                open = close;
            }
        }
        return out.append(text, at, text.length()).toString();
    }

    /** A placeholder name's character: JavaScript's {@code \w}, as {@code qunbook.format} reads it. */
    private static boolean isNameChar(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_';
    }
}
