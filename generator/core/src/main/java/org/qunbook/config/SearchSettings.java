package org.qunbook.config;

import java.util.List;
import java.util.Map;

/**
 * {@code search:} in {@code qunbook.yml}.
 *
 * @param enabled      whether to write the index and show the search box
 * @param budgetKb     warn when the gzipped index exceeds this many KiB
 * @param stopWords    question and filler words a query is read without ({@link #DEFAULT_STOP_WORDS} and the
 *                     site's {@code stop_words})
 * @param typeWeights  a content type's weight in the ranking (1 when not listed): {@link #DEFAULT_TYPE_WEIGHTS}
 *                     and the site's {@code type_weights} over them
 */
public record SearchSettings(boolean enabled, long budgetKb, List<String> stopWords, Map<String, Double> typeWeights) {

    /**
     * Words that carry no meaning in a question typed into a Chinese handbook's search box: dropped
     * from the query before matching (群里有人发广告怎么办 → 发广告). A one-character word is dropped only
     * where it stands alone once the longer ones are gone (在, not the 在 of 在线).
     */
    public static final List<String> DEFAULT_STOP_WORDS = List.of(
            "怎么办", "怎么样", "怎么", "如何", "怎样", "为什么", "为何", "什么", "哪些", "哪个", "哪里", "哪儿",
            "是不是", "有没有", "能不能", "可不可以", "要不要", "应该", "需要", "可以", "一下", "请问", "大家",
            "有人", "群里", "我们", "我的", "你们", "咋办", "咋", "吗", "呢", "吧", "啊", "呀", "嘛", "了", "的",
            "在", "是", "有", "要", "和", "与", "及", "给", "把", "被", "让", "都", "也", "就", "还", "又", "很",
            "做", "搞", "弄", "个", "些", "该");

    /**
     * Playbooks and scripts above glossary terms (whose plugin entry is boosted for a term's own
     * name): a question is answered by a page about the work, a term by its definition, which the
     * client puts first for a query that is exactly the term or an alias.
     */
    public static final Map<String, Double> DEFAULT_TYPE_WEIGHTS = Map.of(
            "playbook", 1.5, "script-template", 1.5, "glossary", 0.5);

    public SearchSettings {
        stopWords = List.copyOf(stopWords);
        typeWeights = Map.copyOf(typeWeights);
    }

    public SearchSettings(boolean enabled, long budgetKb) {
        this(enabled, budgetKb, DEFAULT_STOP_WORDS, DEFAULT_TYPE_WEIGHTS);
    }

    public static SearchSettings defaults() {
        return new SearchSettings(true, 4096);
    }

    /** The weight of a content type in the ranking. */
    public double typeWeight(String type) {
        return typeWeights.getOrDefault(type, 1.0);
    }
}
