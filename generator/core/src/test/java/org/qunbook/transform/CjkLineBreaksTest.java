package org.qunbook.transform;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CjkLineBreaksTest {

    @Test
    void joinsLinesBetweenChineseCharactersOnly() {
        assertThat(CjkLineBreaks.join("社群运营\n是核心")).isEqualTo("社群运营是核心");
        assertThat(CjkLineBreaks.join("第一句。\n第二句")).isEqualTo("第一句。第二句");
        assertThat(CjkLineBreaks.join("English\nwords")).isEqualTo("English\nwords");
        assertThat(CjkLineBreaks.join("中文\nEnglish")).isEqualTo("中文\nEnglish");
    }
}
