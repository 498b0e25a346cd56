package org.qunbook.transform;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextStatsTest {

    @Test
    void countsChineseByCharacterAndLatinByWord() {
        TextStats stats = TextStats.of("社群运营的 KOL 与 SOP，3–6 次。");
        assertThat(stats.cjkCharacters()).isEqualTo(7);
        assertThat(stats.latinWords()).isEqualTo(4);
        assertThat(stats.length()).isEqualTo(11);
    }

    @Test
    void countsEveryCjkScriptAndRareIdeographsAsCharacters() {
        // kana, Hangul syllables and a Jamo, an extension-A ideograph, one beyond the BMP (𠮷), a radical
        TextStats stats = TextStats.of("ひらカタ한글ᄀ㐀𠮷⺀ Ωmega");
        assertThat(stats.cjkCharacters()).isEqualTo(10);
        assertThat(stats.latinWords()).isEqualTo(1);
    }

    @Test
    void readsAboutFourHundredChineseCharactersAMinute() {
        assertThat(TextStats.of("字".repeat(1200)).readingMinutes()).isEqualTo(3);
        assertThat(TextStats.of("短").readingMinutes()).isEqualTo(1);
    }
}
