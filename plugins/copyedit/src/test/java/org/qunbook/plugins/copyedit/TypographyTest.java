package org.qunbook.plugins.copyedit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Each rule on its own: what it changes, what it leaves, the rule id and offset of each finding. */
class TypographyTest {

    private final List<TextRule> all = new Typography("～").allRules();

    private String format(String text) {
        return Typography.format(text, Scripts.hasCjk(text), all);
    }

    private List<String> findings(String text) {
        return new ProseChecker(Vocabulary.EMPTY, all).check(text, Scripts.hasCjk(text), Set.of()).findings().stream()
                .map(f -> f.offset() + " " + f.rule().id()).toList();
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
            // space-word
            "1V1指一对一沟通 | 1V1 指一对一沟通",
            "ARPU反映单个用户的价值 | ARPU 反映单个用户的价值",
            "每天8点发起 | 每天 8 点发起",
            "只有10%的用户 | 只有 10% 的用户",
            "温度30°的时候 | 温度 30°的时候",
            "C++开发和300+单词 | C++ 开发和 300+ 单词",
            "用%s占位 | 用%s占位",
            "今天 iPhone 很好 | 今天 iPhone 很好",
            // space-punctuation, space-bracket
            "知识+产品+互助 | 知识 + 产品 + 互助",
            "见附录(第二版)说明 | 见附录 (第二版) 说明",
            // fullwidth
            "你好,这是一个句子. | 你好，这是一个句子。",
            "刚刚买了一部 iPhone,好开心! | 刚刚买了一部 iPhone，好开心！",
            "注意:先看群公告 | 注意：先看群公告",
            "中文;中文 | 中文;中文",
            // halfwidth-word, halfwidth-punctuation
            "他说：我们将在１６：３２分出发 | 他说：我们将在 16:32 分出发",
            "Said：Come and，Join us！ | Said: Come and, Join us!",
            // no-space-fullwidth, no-space-fullwidth-quote
            "你好 ， 世界 | 你好，世界",
            "他说 “你好” 然后 | 他说“你好”然后",
            // ours: range-mark, ellipsis, repeated-punctuation
            "每周 2 到 3 次 | 每周 2～3 次",
            "第1-2周 | 第 1～2 周",
            "9:00-18:00在线 | 9:00～18:00 在线",
            "2024-05-01上线 | 2024-05-01 上线",
            "2024-05上线 | 2024-05 上线",
            "电话400-820-8820 | 电话 400-820-8820",
            "等等... | 等等……",
            "然后…再说 | 然后……再说",
            "快来！！！ | 快来！",
            "真的吗？？ | 真的吗？",
            "好的。。 | 好的。",
            "pages 3-5 and more | pages 3-5 and more",
    })
    void formats(String input, String expected) {
        assertThat(format(input)).isEqualTo(expected);
        assertThat(format(expected)).as("a second pass changes nothing").isEqualTo(expected);
    }

    @Test
    void theRangeMarkIsASetting() {
        List<TextRule> rules = new Typography("至").allRules();
        assertThat(Typography.format("每周2～3次", true, rules)).isEqualTo("每周 2 至 3 次");
        assertThat(Typography.format("每周 2 至 3 次", true, rules)).isEqualTo("每周 2 至 3 次");
    }

    @Test
    void findingsNameTheRuleAndTheOriginalOffset() {
        assertThat(findings("1V1指，ARPU反映 ， 到3-5天...")).containsExactly(
                "16 range-mark", "19 ellipsis", "3 space-word", "9 space-word", "15 space-word",
                "11 no-space-fullwidth");
    }

    @Test
    void editsCloseTogetherAreOneFindingWithTheirContext() {
        List<Finding> findings = new ProseChecker(Vocabulary.EMPTY, all).check("一个500人的群", true, Set.of())
                .findings();
        assertThat(findings).extracting(Finding::message).containsExactly(
                "a space between Chinese and Latin letters or digits: '一个500人的群' → '一个 500 人的群' [space-word]");
    }

    @Test
    void vocabularyReplacesAnUnambiguousVariantAndOnlyReportsAnAmbiguousOne() {
        Vocabulary vocabulary = new Vocabulary(java.util.Map.of("常规畅销品", List.of("常规爆款"),
                "执行同事", List.of("执行者", "执行人")));
        ProseChecker.Result result = new ProseChecker(vocabulary, all).check("常规畅销品交给执行同事", true, Set.of());
        assertThat(result.fixed()).isEqualTo("常规爆款交给执行同事");
        assertThat(result.findings()).extracting(Finding::offset, Finding::message, Finding::fixable).containsExactly(
                org.assertj.core.groups.Tuple.tuple(0, "'常规畅销品' is a variant in the site's vocabulary: write '常规爆款' "
                        + "[vocabulary]", true),
                org.assertj.core.groups.Tuple.tuple(7, "'执行同事' is a variant in the site's vocabulary: write one of "
                        + "'执行者', '执行人' [vocabulary]", false));
    }

    @Test
    void aVariantInsideThePreferredTermIsNotFlagged() {
        Vocabulary vocabulary = new Vocabulary(java.util.Map.of("爆品", List.of("网红爆款")));
        assertThat(vocabulary.find("网红爆款和爆品", Set.of())).extracting(Vocabulary.Match::start).containsExactly(5);
    }

    @Test
    void adLawTermsSkipOrdinalsAndAllowedWords() {
        AdLawTerms terms = AdLawTerms.of(List.of("秒杀全网"), List.of("唯一入口"), false);
        assertThat(terms.find("第一次来？全网最低价，唯一入口，第一品牌，100%有效，秒杀全网")).extracting(AdLawTerms.Match::term)
                .containsExactly("全网最低", "第一品牌", "100%", "秒杀全网");
        assertThat(AdLawTerms.of(List.of("秒杀全网"), List.of(), true).find("全网最低价，秒杀全网"))
                .extracting(AdLawTerms.Match::term).containsExactly("秒杀全网");
    }
}
