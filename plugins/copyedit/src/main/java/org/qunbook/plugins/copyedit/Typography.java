package org.qunbook.plugins.copyedit;

import static org.qunbook.plugins.copyedit.Scripts.CJ;
import static org.qunbook.plugins.copyedit.Scripts.CJK;
import static org.qunbook.plugins.copyedit.Scripts.WORD;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The spacing and punctuation rules: AutoCorrect's (huacnlee/autocorrect 2.14, which implements
 * 中文文案排版指北), rewritten in Java from its rule definitions with its rule ids, plus four of
 * our own ({@code range-mark}, {@code ellipsis}, {@code repeated-punctuation}; vocabulary is
 * separate). Where the result differs from AutoCorrect's on purpose, the README says why.
 */
final class Typography {

    // ---- space-word, space-punctuation, space-bracket: AutoCorrect's "strategies", part by part.

    private static final List<Pattern> SPACE_WORD = List.of(
            Pattern.compile("([" + CJK + "])([a-zA-Z0-9])"),
            // Not after %, $ or \ (printf and regex escapes: %s, $1, \d).
            Pattern.compile("((?:^|[^%$\\\\])[a-zA-Z0-9])([" + CJK + "])"),
            Pattern.compile("([" + CJK + "])([-+]\\d)"),
            Pattern.compile("([0-9]%)([" + CJK + "])"),
            Pattern.compile("([a-zA-Z0-9][+#]+)([" + CJK + "])"));

    private static final List<Pattern> SPACE_PUNCTUATION = List.of(
            Pattern.compile("([" + CJK + "”’])([-|+][" + CJK + "\\s（【「《“‘])"),
            Pattern.compile("([" + CJK + "\\s）】」”’》][-|+])([" + CJK + "“‘])"),
            Pattern.compile("(!)([" + CJK + "])"));

    private static final List<Pattern> SPACE_BRACKET = List.of(
            Pattern.compile("([" + CJK + "])([\\[(])"),
            Pattern.compile("([\\])])([" + CJK + "])"));

    // ---- fullwidth: half-width , . : ! ? in Chinese or Japanese text.

    private static final String SPECIAL = "[.:!]([ ]*)";
    private static final String NORMAL = "[,?]([ ]*)";
    private static final List<Pattern> FULLWIDTH = List.of(
            Pattern.compile("[" + CJ + WORD + "]+" + NORMAL + "[" + CJ + "]+"),
            Pattern.compile("[" + CJ + "]+" + NORMAL),
            Pattern.compile("[" + CJ + "]+" + SPECIAL + "[" + CJ + "]+"),
            Pattern.compile("[" + CJ + "]+" + SPECIAL + "[\"']?$"));
    private static final Pattern HALF_PUNCTUATION = Pattern.compile("[.:!,?][ ]*");
    private static final Map<Character, String> FULLWIDTH_OF = Map.of(',', "，", '.', "。", ';', "；", ':', "：",
            '!', "！", '?', "？");

    // ---- AutoCorrect skips parts that are paths or URLs, and path#锚点 references.

    private static final Pattern PATH = Pattern.compile("(^[a-zA-Z\\d]+://)|(^/?[a-zA-Z\\d\\-_.]{2,}/)");
    private static final Pattern PATH_HASH = Pattern.compile("[a-zA-Z0-9\\-_.]+#[" + WORD
            + "\\-_.]*\\p{IsHan}+[a-zA-Z0-9\\-_.]*");

    // ---- halfwidth-word, halfwidth-punctuation.

    private static final Pattern HALF_TIME = Pattern.compile("(\\d)：(\\d)");
    private static final Pattern ENGLISH = Pattern.compile("[" + WORD + "]+[ ]+[" + WORD + "]+");

    // ---- no-space-fullwidth, no-space-fullwidth-quote.

    private static final String FULLWIDTH_MARKS = "[，。、！？：；（）「」《》【】]";
    private static final List<Pattern> NO_SPACE_FULLWIDTH = List.of(
            Pattern.compile("([" + WORD + CJK + "`])[ ]+(" + FULLWIDTH_MARKS + ")"),
            Pattern.compile("(" + FULLWIDTH_MARKS + ")[ ]+([" + WORD + CJK + "`])"));
    private static final List<Pattern> NO_SPACE_QUOTE = List.of(
            Pattern.compile("([" + WORD + CJK + "])[ ]+([“”‘’])"),
            Pattern.compile("([“”‘’])[ ]+([" + WORD + CJK + "])"));

    // ---- Ours.

    private static final Pattern ELLIPSIS = Pattern.compile("\\.{3,}|。{3,}|…+|⋯+");
    private static final Pattern REPEATED = Pattern.compile("[！!]{2,}|[？?]{2,}|。{2}(?!。)|，{2,}|、{2,}");
    private static final String RANGE_MARKS = "-|–|—|~|～|到|至";

    private final Pattern range;
    private final String rangeMark;

    /** @param rangeMark the one range mark numbers take, e.g. {@code ～} in {@code 3～5 天} */
    Typography(String rangeMark) {
        this.rangeMark = rangeMark;
        this.range = Pattern.compile("(?<![\\d.:A-Za-z]|\\d-)(\\d+(?:[.:]\\d+)?%?) ?(" + RANGE_MARKS + ") ?(\\d+(?:[.:]\\d+)?)"
                + "(?![\\d.]|-\\d)");
    }

    /** AutoCorrect's rules, in the order AutoCorrect runs them (halfwidth-word first: see the README). */
    List<TextRule> autocorrectRules() {
        return List.of(
                new TextRule("halfwidth-word", "full-width letters, digits and spaces are half-width",
                        (text, cjk) -> halfwidthWord(text), true),
                new TextRule("space-word", "a space between Chinese and Latin letters or digits",
                        perPart(text -> strategies(text, SPACE_WORD)), true),
                new TextRule("space-punctuation", "a space around - | + between Chinese words",
                        perPart(text -> strategies(text, SPACE_PUNCTUATION)), true),
                new TextRule("space-bracket", "a space between Chinese and half-width brackets",
                        perPart(text -> strategies(text, SPACE_BRACKET)), true),
                new TextRule("fullwidth", "full-width punctuation in a Chinese sentence",
                        perPart(Typography::fullwidth), true),
                new TextRule("halfwidth-punctuation", "half-width punctuation in an English sentence",
                        (text, cjk) -> cjk ? text : halfwidthPunctuation(text), true),
                new TextRule("no-space-fullwidth", "no space around full-width punctuation",
                        (text, cjk) -> Scripts.hasCjk(text) ? removeSpaces(text, NO_SPACE_FULLWIDTH) : text, true),
                new TextRule("no-space-fullwidth-quote", "no space around full-width quotation marks",
                        (text, cjk) -> Scripts.hasCjk(text) ? removeSpaces(text, NO_SPACE_QUOTE) : text, true));
    }

    /** Every rule: AutoCorrect's with ours where they belong. */
    List<TextRule> allRules() {
        List<TextRule> rules = new ArrayList<>(autocorrectRules());
        rules.add(1, new TextRule("range-mark", "one range mark between numbers, '" + rangeMark + "'",
                (text, cjk) -> Scripts.hasCjk(text) ? ranges(text) : text, true));
        rules.add(2, new TextRule("ellipsis", "the Chinese ellipsis is '……'",
                (text, cjk) -> Scripts.hasCjk(text) ? replaceAll(ELLIPSIS, text, m -> "……") : text, true));
        rules.add(rules.size() - 3, new TextRule("repeated-punctuation", "one exclamation or question mark, "
                + "not a row of them", (text, cjk) -> Scripts.hasCjk(text) ? replaceAll(REPEATED, text,
                Typography::single) : text, true));
        return List.copyOf(rules);
    }

    /** Runs {@code rules} over {@code text}, one after the other. */
    static String format(String text, boolean lineHasCjk, List<TextRule> rules) {
        String out = text;
        for (TextRule rule : rules) {
            out = rule.rewrite().apply(out, lineHasCjk);
        }
        return out;
    }

    // ---- The rules' workings.

    /**
     * AutoCorrect applies its space and full-width rules to each space-separated part of a text
     * that has CJK in it, skipping parts that are paths or URLs.
     */
    private static TextRule.Rewrite perPart(UnaryOperator<String> rule) {
        return (text, cjk) -> {
            if (!Scripts.hasCjk(text)) {
                return text;
            }
            StringBuilder out = new StringBuilder(text.length() + 8);
            int start = 0;
            for (int i = 0; i <= text.length(); i++) {
                if (i == text.length() || text.charAt(i) == ' ' || text.charAt(i) == '\n' || text.charAt(i) == '\r') {
                    int end = Math.min(text.length(), i + 1);
                    if (start < end) {
                        String part = text.substring(start, end);
                        boolean path = PATH.matcher(part).find() || PATH_HASH.matcher(part.strip()).find();
                        out.append(path ? part : rule.apply(part));
                    }
                    start = end;
                }
            }
            return out.toString();
        };
    }

    private static String strategies(String text, List<Pattern> patterns) {
        return replaceEach(text, patterns, "$1 $2");
    }

    private static String fullwidth(String text) {
        String out = text;
        for (Pattern pattern : FULLWIDTH) {
            out = replaceAll(pattern, out, match -> replaceAll(HALF_PUNCTUATION, match.group(),
                    p -> FULLWIDTH_OF.get(p.group().charAt(0))));
        }
        return out;
    }

    private static String removeSpaces(String text, List<Pattern> patterns) {
        return replaceEach(text, patterns, "$1$2");
    }

    /** Each pattern in turn over the text, every match replaced by {@code replacement}. */
    private static String replaceEach(String text, List<Pattern> patterns, String replacement) {
        String out = text;
        for (Pattern pattern : patterns) {
            out = pattern.matcher(out).replaceAll(replacement);
        }
        return out;
    }

    private static String halfwidthWord(String text) {
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            char half = c >= '０' && c <= '９' || c >= 'Ａ' && c <= 'Ｚ' || c >= 'ａ' && c <= 'ｚ'
                    ? (char) (c - '０' + '0') : c == '\u3000' ? ' ' : c;
            if (half != c && out == null) {
                out = new StringBuilder(text.substring(0, i));
            }
            if (out != null) {
                out.append(half);
            }
        }
        String result = out == null ? text : out.toString();
        return HALF_TIME.matcher(result).replaceAll("$1:$2");
    }

    /** AutoCorrect's English-line pass: no CJK and at least two words. */
    private static String halfwidthPunctuation(String text) {
        if (Scripts.hasCjk(text) || !ENGLISH.matcher(text).find()) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            char last = out.length() == 0 ? ' ' : out.charAt(out.length() - 1);
            char next = i + 1 < text.length() ? text.charAt(i + 1) : 0;
            boolean lastAlnumOrSpace = last < 128 && (Character.isLetterOrDigit(last) || last == ' ' || last == '\t');
            if (!lastAlnumOrSpace) {
                out.append(c);
                continue;
            }
            switch (c) {
                case '’' -> out.append('\'');
                case '，', '、', '。', '：', '；', '！', '？', '”', '）', '】', '」', '》' -> {
                    out.append(switch (c) {
                        case '，', '、' -> ",";
                        case '。', '；' -> ".";
                        case '：' -> ":";
                        case '！' -> "!";
                        case '？' -> "?";
                        case '”', '》' -> "\"";
                        case '）' -> ")";
                        default -> "]";
                    });
                    if (next != 0 && Character.isLetterOrDigit(next)) {
                        out.append(' ');
                    }
                }
                case '“', '（', '【', '「', '《' -> {
                    if (Character.isLetterOrDigit(last)) {
                        out.append(' ');
                    }
                    out.append(switch (c) {
                        case '（' -> "(";
                        case '【', '「' -> "[";
                        default -> "\"";
                    });
                }
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    private String ranges(String text) {
        return replaceAll(range, text, m -> {
            String mark = m.group(2);
            String left = m.group(1);
            String right = m.group(3);
            // 2024-05 is a month, not a range; 400-8208820 is a phone number.
            boolean integers = left.matches("\\d+") && right.matches("\\d+");
            if (mark.equals("-") && integers && (left.length() == 4 && right.length() <= 2 || right.length() > 4)) {
                return m.group();
            }
            // A Chinese mark (至, 到) is spaced from the numbers like any Chinese word.
            return left + (Scripts.isCjk(rangeMark.codePointAt(0)) ? " " + rangeMark + " " : rangeMark) + right;
        });
    }

    private static String single(Matcher match) {
        char c = match.group().charAt(0);
        return switch (c) {
            case '!', '！' -> "！";
            case '?', '？' -> "？";
            default -> String.valueOf(c);
        };
    }

    private static String replaceAll(Pattern pattern, String text, java.util.function.Function<Matcher, String> with) {
        Matcher matcher = pattern.matcher(text);
        if (!matcher.find()) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length() + 8);
        int at = 0;
        do {
            out.append(text, at, matcher.start()).append(with.apply(matcher));
            at = matcher.end();
        } while (matcher.find());
        return out.append(text, at, text.length()).toString();
    }
}
