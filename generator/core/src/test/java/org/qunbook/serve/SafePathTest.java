package org.qunbook.serve;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SafePathTest {

    @Test
    void decodesPercentEncodedChinesePaths() {
        assertThat(SafePath.decode("/%E6%A1%88%E4%BE%8B/")).hasValue("/案例/");
    }

    @Test
    void rejectsEveryWayOfSteppingOutside() {
        assertThat(SafePath.decode("/../etc/passwd")).isEmpty();
        assertThat(SafePath.decode("/a/%2e%2e/%2e%2e/etc/passwd")).isEmpty();
        assertThat(SafePath.decode("/a%2f..%2f..%2fetc")).isEmpty();
        assertThat(SafePath.decode("/a%5c..%5cetc")).isEmpty();
        assertThat(SafePath.decode("/a%00b")).isEmpty();
        assertThat(SafePath.decode("/%ff")).isEmpty();
        assertThat(SafePath.decode("relative")).isEmpty();
    }
}
