package org.qunbook.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.qunbook.api.HanziOrder;

class PinyinOrderTest {

    private final HanziOrder order = new PinyinOrder();

    @Test
    void sortsChineseByPinyinWithLatinWordsSortedIn() {
        List<String> terms = new ArrayList<>(List.of("私域流量", "KOL", "爆款", "ARPU", "社群", "客单价", "1V1"));
        terms.sort(order);
        assertThat(terms).containsExactly("1V1", "ARPU", "爆款", "客单价", "KOL", "社群", "私域流量");
    }

    @Test
    void givesPinyinInitials() {
        assertThat(order.initial("私域流量")).isEqualTo("S");
        assertThat(order.initial("KOL")).isEqualTo("K");
        assertThat(order.initial("爆款")).isEqualTo("B");
        assertThat(order.initial("1V1")).isEqualTo("#");
    }

    @Test
    void romanizesForReadableFileNames() {
        assertThat(order.romanize("私域流量", "-")).isEqualTo("si-yu-liu-liang");
        assertThat(order.romanize("VIP专属服务群", "-")).isEqualTo("vip-zhuan-shu-fu-wu-qun");
    }
}
