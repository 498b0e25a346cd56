package org.qunbook.plugins.copyedit;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Wording China's Advertising Law (《中华人民共和国广告法》) forbids in advertising: absolute and
 * superlative claims (article 9, item 3: "国家级""最高级""最佳" and the like) and guarantees no one
 * can prove (article 4 and 28: false or misleading content). Matched in the copy of the page
 * types a site names; words that only contain a term ({@code 第一次}) are allowed.
 */
final class AdLawTerms {

    static final String ABSOLUTE = "绝对化用语：《广告法》第九条第（三）项禁止在广告中使用“国家级”“最高级”“最佳”等用语，"
            + "请改为可以证实的具体说法";
    static final String GUARANTEE = "无法证实的承诺：《广告法》第四条、第二十八条禁止虚假或者引人误解的内容，"
            + "请写明具体的条件和范围";

    static final List<String> DEFAULT_ABSOLUTE = List.of(
            "最佳", "最优", "最强", "最高级", "最高端", "最低价", "最便宜", "最划算", "最实惠", "最全", "最专业",
            "最权威", "最先进", "最受欢迎", "最畅销", "最火", "最好的", "史上最", "全网最", "全网最低", "全网第一",
            "全国第一", "行业第一", "销量第一", "排名第一", "第一品牌", "NO.1", "No.1", "TOP1", "Top1",
            "唯一", "独一无二", "绝无仅有", "顶级", "顶尖", "极致", "极品", "国家级", "世界级", "全球首发",
            "首个", "首家", "首选", "王牌", "销量冠军", "遥遥领先", "第一");
    static final List<String> DEFAULT_GUARANTEE = List.of(
            "100%", "百分之百", "百分百", "永久", "万能", "零风险", "无效退款", "包过", "绝对", "保证有效", "根治");
    /** Ordinals and set phrases: 第一 here counts, it claims nothing. */
    static final List<String> DEFAULT_ALLOWED = List.of(
            "第一次", "第一步", "第一天", "第一周", "第一个", "第一批", "第一单", "第一印象", "第一时间", "第一時間",
            "第一眼", "第一条", "第一句", "第一轮", "第一波", "第一期", "第一版", "第一阶段", "第一件", "第一位",
            "第一季", "第一年", "第一层", "第一类", "第一封", "第一条", "第一段", "第一部分", "第一屏", "第一反应",
            "第一次性", "唯一的办法", "首选项");

    /** A claim in a piece of text. */
    record Match(int start, int end, String term, String reason) {
    }

    static AdLawTerms of(List<String> extraTerms, List<String> extraAllowed, boolean replaceDefaults) {
        Map<String, String> reasons = new LinkedHashMap<>();
        if (!replaceDefaults) {
            DEFAULT_ABSOLUTE.forEach(t -> reasons.put(t, ABSOLUTE));
            DEFAULT_GUARANTEE.forEach(t -> reasons.put(t, GUARANTEE));
        }
        extraTerms.stream().map(String::strip).filter(t -> !t.isEmpty()).forEach(t -> reasons.putIfAbsent(t, ABSOLUTE));
        List<String> allowed = new ArrayList<>(DEFAULT_ALLOWED);
        allowed.addAll(extraAllowed);
        return new AdLawTerms(reasons, allowed);
    }

    private final Map<String, String> reasons;
    private final List<String> allowed;
    /** Longest first, so the longest match at a position wins. */
    private final List<String> terms;

    /**
     * @param reasons the terms, each with the reason a finding gives
     * @param allowed words in which a term is not a claim
     */
    AdLawTerms(Map<String, String> reasons, List<String> allowed) {
        this.reasons = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(reasons));
        this.allowed = List.copyOf(allowed);
        this.terms = reasons.keySet().stream().sorted(Comparator.comparingInt(String::length).reversed()).toList();
    }

    List<Match> find(String text) {
        List<Match> matches = new ArrayList<>();
        int i = 0;
        outer:
        while (i < text.length()) {
            for (String term : terms) {
                if (text.startsWith(term, i) && !isAllowed(text, i, i + term.length())) {
                    matches.add(new Match(i, i + term.length(), term, reasons.get(term)));
                    i += term.length();
                    continue outer;
                }
            }
            i++;
        }
        return matches;
    }

    /** Whether an allowed word covers {@code text[start, end)}. */
    private boolean isAllowed(String text, int start, int end) {
        for (String word : allowed) {
            int from = Math.max(0, end - word.length());
            int at = text.indexOf(word, from);
            while (at >= 0 && at <= start) {
                if (at + word.length() >= end) {
                    return true;
                }
                at = text.indexOf(word, at + 1);
            }
        }
        return false;
    }
}
