package org.qunbook.problem;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class DidYouMeanTest {

    private static final List<String> KEYS = List.of("title", "summary", "tags", "weight", "slug", "aliases");

    @Test
    void suggestsTheClosestKeyForATypo() {
        assertThat(DidYouMean.hint("tittle", KEYS)).isEqualTo(" (did you mean 'title'?)");
        assertThat(DidYouMean.hint("sumary", KEYS)).isEqualTo(" (did you mean 'summary'?)");
        assertThat(DidYouMean.hint("wieght", KEYS)).isEqualTo(" (did you mean 'weight'?)");
    }

    @Test
    void staysQuietWhenNothingIsClose() {
        assertThat(DidYouMean.hint("category", KEYS)).isEmpty();
    }
}
