package org.qunbook.plugins.glossary;

/** The few words the plugin writes into pages, in the site language ({@code zh-CN} or {@code en}). */
record Messages(String usedIn, String jumpBar, String topics, String allTopics) {

    static Messages forLanguage(String language) {
        return language != null && language.startsWith("en")
                ? new Messages("Pages using this term", "Jump to letter", "Filter by topic", "All")
                : new Messages("使用本术语的页面", "按首字母跳转", "按主题筛选", "全部");
    }
}
