package org.qunbook.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * A reproducible corpus of handbook-like Chinese pages: common characters grouped into a skewed
 * vocabulary (so bigrams repeat the way real text does), community-operations terms, acronyms,
 * numbers, punctuation of both widths and some Traditional spellings.
 */
public final class ChineseCorpus {
    /** One generated page. */
    public record Page(String ref, String title, String body) {
    }

    /** About 600 of the most frequent Chinese characters. */
    private static final String COMMON = "的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同"
            + "工也能下过子说产种面而方后多定行学法所民得经十三之进着等部度家电力里如水化高自二理起小物现实加量都两体制机"
            + "当使点从业本去把性好应开它合还因由其些然前外天政四日那社义事平形相全表间样与关各重新线内数正心反你明看原又么"
            + "利比或但质气第向道命此变条只没结解问意建月公无系军很情者最立代想已通并提直题党程展五果料象员革位入常文总次品"
            + "式活设及管特件长求老头基资边流路级少图山统接知较将组见计别她手角期根论运农指几九区强放决西被干做必战先回则任"
            + "取据处队南给色光门即保治北造百规热领七海口东导器压志世金增争济阶油思术极交受联什认六共权收证改清己美再采转更"
            + "单风切打白教速花带安场身车例真务具万每目至达走积示议声报斗完类八离华名确才科张信马节话米整空元况今集温传土许"
            + "步群广石记需段研界拉林律叫且究观越织装影算低持音众书布复容儿须际商非验连断深难近矿千周委素技备半办青省列习响"
            + "约支般史感劳便团往酸历市克何除消构府称太准精值号率族维划选标写存候毛亲快效斯院查江型眼王按格养易置派层片始却"
            + "专状育厂京识适属圆包火住调满县局照参红细引听该铁价严龙飞";
    private static final String[] DOMAIN = {"社群", "定位", "规则", "复购率", "转化率", "群主", "私域", "裂变", "活跃度",
        "用户画像", "社群运营", "朋友圈", "企业微信", "欢迎语", "群公告", "禁言", "客单价", "留存"};
    private static final String[] TRADITIONAL = {"複購率", "轉化率", "社群運營", "會員", "訂單", "群規則", "活躍度"};
    private static final String[] LATIN = {"KOL", "ARPU", "SOP", "VIP", "GMV", "DAU", "WeCom", "H5", "ROI", "KPI"};
    private static final String[] NUMBERS = {"3–6次", "0.1元", "50%", "2024年", "1,000人", "7天", "24小时", "3.5倍"};
    private static final String PUNCTUATION = "，，，。。、；：！？,.";

    private final Random random;
    private final List<String> vocabulary;

    public ChineseCorpus(long seed) {
        this.random = new Random(seed);
        this.vocabulary = vocabulary(3000);
    }

    /** {@code count} pages with bodies of about {@code bodyChars} characters. */
    public List<Page> pages(int count, int bodyChars) {
        List<Page> pages = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            String title = title();
            pages.add(new Page(String.format("handbook/p%04d/", i), title, text(bodyChars)));
        }
        return pages;
    }

    /** A title: two to four words, no punctuation (Latin words keep their spaces). */
    public String title() {
        return sentence(2 + random.nextInt(3)).replaceAll("[，。、；：！？,.]", "");
    }

    private List<String> vocabulary(int size) {
        List<String> words = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            int length = 1 + random.nextInt(random.nextInt(4) + 1); // mostly 1-2, some 3-4 characters
            StringBuilder word = new StringBuilder();
            for (int k = 0; k < length; k++) {
                word.append(COMMON.charAt(skewed(COMMON.length())));
            }
            words.add(word.toString());
        }
        return words;
    }

    /** Running text of at least {@code chars} characters, whole sentences, with an occasional line break. */
    public String text(int chars) {
        StringBuilder body = new StringBuilder(chars + 64);
        while (body.length() < chars) {
            body.append(sentence(6 + random.nextInt(14)));
            if (random.nextInt(8) == 0) {
                body.append('\n');
            }
        }
        return body.toString();
    }

    private String sentence(int words) {
        StringBuilder sentence = new StringBuilder();
        for (int w = 0; w < words; w++) {
            int pick = random.nextInt(100);
            if (pick < 6) {
                sentence.append(DOMAIN[random.nextInt(DOMAIN.length)]);
            } else if (pick < 8) {
                sentence.append(TRADITIONAL[random.nextInt(TRADITIONAL.length)]);
            } else if (pick < 10) {
                sentence.append(' ').append(LATIN[random.nextInt(LATIN.length)]).append(' ');
            } else if (pick < 11) {
                sentence.append(NUMBERS[random.nextInt(NUMBERS.length)]);
            } else {
                sentence.append(vocabulary.get(skewed(vocabulary.size())));
            }
            if (random.nextInt(7) == 0 && w + 1 < words) {
                sentence.append(PUNCTUATION.charAt(random.nextInt(5))); // mostly commas and 、 inside
            }
        }
        return sentence.append(PUNCTUATION.charAt(5 + random.nextInt(PUNCTUATION.length() - 5))).toString();
    }

    /**
     * Distinct queries a reader might type: a domain term, one or two vocabulary words, a
     * Traditional spelling, an acronym. Distinct, because a search box does not search again for
     * the query it already shows.
     */
    public List<String> queries(int count) {
        java.util.Set<String> queries = new java.util.LinkedHashSet<>();
        while (queries.size() < count) {
            int kind = random.nextInt(10);
            if (kind < 3) {
                queries.add(DOMAIN[random.nextInt(DOMAIN.length)]);
            } else if (kind < 8) {
                queries.add(word(2) + (kind < 5 ? " " + word(2) : ""));
            } else if (kind < 9) {
                queries.add(TRADITIONAL[random.nextInt(TRADITIONAL.length)]);
            } else {
                queries.add(LATIN[random.nextInt(LATIN.length)]);
            }
        }
        return List.copyOf(queries);
    }

    private String word(int minLength) {
        String word;
        do {
            word = vocabulary.get(skewed(vocabulary.size()));
        } while (word.length() < minLength);
        return word;
    }

    /** An index in [0, n) with small values far more likely, like word frequencies. */
    private int skewed(int n) {
        double r = random.nextDouble();
        return (int) (n * r * r * r);
    }
}
