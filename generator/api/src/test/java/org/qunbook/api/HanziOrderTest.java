package org.qunbook.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What HanziOrder derives from a sort key (the core's pinyin keys are tested in core, PinyinOrderTest). */
class HanziOrderTest {

    private static final Map<String, String> KEYS = Map.of("私域", "si1 yu4", "司", "si1", "爆款", "bao4 kuan3",
            "KOL", "kol", "1V1", "1v1", "丝", "si1");
    private final HanziOrder order = KEYS::get;

    @Test
    void ordersBySortKeyThenByTheTextItself() {
        List<String> terms = new ArrayList<>(List.of("私域", "司", "KOL", "爆款", "1V1", "丝"));
        terms.sort(order);
        assertThat(terms).containsExactly("1V1", "爆款", "KOL", "丝", "司", "私域");
    }

    @Test
    void initialIsTheKeysFirstLetterOrHash() {
        assertThat(order.initial("私域")).isEqualTo("S");
        assertThat(order.initial("KOL")).isEqualTo("K");
        assertThat(order.initial("1V1")).isEqualTo("#");
    }

    @Test
    void romanizesWithoutTones() {
        assertThat(order.romanize("私域", "-")).isEqualTo("si-yu");
        assertThat(order.romanize("爆款", "")).isEqualTo("baokuan");
    }
}
