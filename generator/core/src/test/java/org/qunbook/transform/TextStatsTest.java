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
    void readsAboutFourHundredChineseCharactersAMinute() {
        assertThat(TextStats.of("字".repeat(1200)).readingMinutes()).isEqualTo(3);
        assertThat(TextStats.of("短").readingMinutes()).isEqualTo(1);
    }
}
