package org.qunbook.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class TextAnalyzerTest {
    private static final TextAnalyzer BIGRAMS = TextAnalyzer.standard();
    private static final TextAnalyzer UNIGRAMS = new TextAnalyzer(ScriptFolding.openCc(), true);

    private static List<String> terms(TextAnalyzer analyzer, String text) {
        return analyzer.analyze(text).stream().map(Token::term).toList();
    }

    @Test
    void cjkRunsBecomeOverlappingBigramsAndTheirLastCharacter() {
        assertEquals(List.of("社群", "群定", "定位", "位"), terms(BIGRAMS, "社群定位"));
        assertEquals(List.of("社群", "群", "定位", "位"), terms(BIGRAMS, "社群，定位"));
        assertEquals(List.of("群"), terms(BIGRAMS, "群"));
        assertEquals(List.of("社", "社群", "群", "群定", "定", "定位", "位"), terms(UNIGRAMS, "社群定位"));
        assertEquals(List.of("群"), terms(UNIGRAMS, "群"));
    }

    @Test
    void traditionalAndSimplifiedGiveTheSameTerms() {
        assertEquals(terms(BIGRAMS, "复购率"), terms(BIGRAMS, "複購率"));
        assertEquals(terms(BIGRAMS, "社群运营"), terms(BIGRAMS, "社群運營"));
        assertEquals(List.of("複購", "購率", "率"), terms(new TextAnalyzer(ScriptFolding.none(), false), "複購率"));
    }

    @Test
    void latinWordsAndAcronymsAreLowerCased() {
        assertEquals(List.of("kol", "arpu", "sop"), terms(BIGRAMS, "KOL、ARPU，SOP"));
        assertEquals(List.of("vip", "专属", "属服", "服务", "务"), terms(BIGRAMS, "VIP专属服务"));
        assertEquals(List.of("vip123"), terms(BIGRAMS, "ＶＩＰ１２３"));
    }

    @Test
    void numbersKeepTheirDecimalPoint() {
        assertEquals(List.of("3", "6", "次"), terms(BIGRAMS, "3–6次"));
        assertEquals(List.of("0.1", "元"), terms(BIGRAMS, "0.1元"));
        assertEquals(List.of("12.5"), terms(BIGRAMS, "１２．５"));
    }

    @Test
    void positionsCountUtf16UnitsOfTheOriginalText() {
        String text = "ＫＯＬ：複購率 𠮷野";
        List<Token> tokens = BIGRAMS.analyze(text);
        assertEquals(List.of(new Token("kol", 0, 3), new Token("复购", 4, 2), new Token("购率", 5, 2),
                new Token("率", 6, 1), new Token("𠮷野", 8, 3), new Token("野", 10, 1)), tokens);
        assertEquals("複購", text.substring(tokens.get(1).start(), tokens.get(1).end()));
    }

    @Test
    void textWithoutLettersGivesNoTokens() {
        assertEquals(List.of(), BIGRAMS.analyze(""));
        assertEquals(List.of(), BIGRAMS.analyze(" ，。！？…—🎉 \t\n"));
    }

    /** Every CJK character of the text starts a token: what makes a one-character query a prefix query. */
    @Test
    void everyCjkCharacterStartsAToken() {
        String[] pool = {"社", "群", "複", "購", "𠮷", "カ", "ー", "한", "x", "7", "，", " ", "\u0301", "🎉"};
        Random random = new Random(7);
        for (int round = 0; round < 1000; round++) {
            StringBuilder text = new StringBuilder();
            for (int i = random.nextInt(16); i > 0; i--) {
                text.append(pool[random.nextInt(pool.length)]);
            }
            List<Token> tokens = BIGRAMS.analyze(text.toString());
            String folded = ScriptFolding.openCc().toSimplified(text.toString());
            for (int at = 0; at < folded.length(); at += Character.charCount(folded.codePointAt(at))) {
                int cp = folded.codePointAt(at);
                if (CharClass.of(cp) == CharClass.CJK) {
                    int start = at;
                    String ch = Character.toString(cp);
                    assertTrue(tokens.stream().anyMatch(t -> t.start() == start && t.term().startsWith(ch)),
                            () -> ch + " at " + start + " in " + text + ": " + tokens);
                }
            }
        }
    }

    /** Random text from all the character kinds: never an empty term, spans inside the text, in order. */
    @Test
    void tokensAreNeverEmptyAndStayInsideTheText() {
        String[] pool = {"社", "群", "複", "購", "ａ", "Ｂ", "x", "Y", "7", "０", ".", "．", "，", "。", " ", "\u3000",
            "\u0301", "\udb40\udd00", "𠮷", "🎉", "\u200b", "\ud800", "\udc00", "ー", "カ", "ｶ", "한", "㍿", "İ", "-", "_"};
        Random random = new Random(42);
        for (int round = 0; round < 2000; round++) {
            StringBuilder text = new StringBuilder();
            for (int i = random.nextInt(20); i > 0; i--) {
                text.append(pool[random.nextInt(pool.length)]);
            }
            int previousStart = 0;
            for (Token token : UNIGRAMS.analyze(text.toString())) {
                assertFalse(token.term().isEmpty(), text::toString);
                assertTrue(token.start() >= previousStart && token.length() > 0 && token.end() <= text.length(),
                        () -> token + " in " + text);
                previousStart = token.start();
            }
        }
    }
}
