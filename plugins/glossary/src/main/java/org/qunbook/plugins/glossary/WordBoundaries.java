package org.qunbook.plugins.glossary;

import java.util.Set;

/**
 * Decides whether an occurrence of a key stands on word boundaries a reader would agree with.
 *
 * <ul>
 *   <li>Latin: an occurrence that starts (ends) with a letter or digit must not have a letter or
 *       digit right before (after) it: {@code KOL} is not found in {@code KOLA}, but is in
 *       {@code KOL们} and {@code ARPU值} (a Han character is a boundary for a Latin word).</li>
 *   <li>Han: Chinese has no spaces, so an occurrence is rejected when the character before it and
 *       its first character, or its last character and the character after it, form one of the
 *       {@link #STRADDLING_WORDS} — common two-character words that a reader would read instead:
 *       {@code 北大} is not found in {@code 我向北大概测量了一下} because of {@code 大概}, nor
 *       {@code 引流} in {@code 吸引流量} because of {@code 吸引}. The list is small and built in on
 *       purpose: it only has to cover words that end or begin where a term could begin or end,
 *       and a fixed list keeps the result predictable (adding a term never unlinks another).</li>
 * </ul>
 */
final class WordBoundaries {

    /** Common two-character words (Simplified) that often straddle the edge of a term. */
    static final Set<String> STRADDLING_WORDS = Set.of(
            "大概", "大家", "大量", "大学", "北方", "南方", "东方", "西方", "地方", "方向", "方面", "方法",
            "一下", "一起", "一样", "一定", "一般", "一个", "不过", "不是", "不要", "可以", "以上", "以下",
            "以后", "以前", "之后", "之前", "之间", "主要", "需要", "重要", "要求", "时间", "时候", "人员",
            "人们", "如果", "而且", "知道", "就是", "还是", "只是", "但是", "于是", "这个", "那个", "为了",
            "的确", "目的", "发现", "现在", "在于", "出来", "起来", "下来", "上来", "没有", "有人", "学生",
            "吸引", "保留", "停留", "存在", "精选", "品牌", "自己", "来自", "水平", "主动", "动作");

    private WordBoundaries() {
    }

    /** True when {@code [start, end)} of {@code folded} may be a term occurrence. */
    static boolean accepts(String folded, int start, int end) {
        char first = folded.charAt(start);
        char last = folded.charAt(end - 1);
        char before = start > 0 ? folded.charAt(start - 1) : ' ';
        char after = end < folded.length() ? folded.charAt(end) : ' ';
        if (Spelling.isLatinWordChar(first) && Spelling.isLatinWordChar(before)) {
            return false;
        }
        if (Spelling.isLatinWordChar(last) && Spelling.isLatinWordChar(after)) {
            return false;
        }
        if (Spelling.isHan(first) && Spelling.isHan(before) && STRADDLING_WORDS.contains("" + before + first)) {
            return false;
        }
        return !(Spelling.isHan(last) && Spelling.isHan(after) && STRADDLING_WORDS.contains("" + last + after));
    }
}
