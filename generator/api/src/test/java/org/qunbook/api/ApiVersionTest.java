package org.qunbook.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ApiVersionTest {

    @Test
    void aPluginRunsOnTheSameMajorVersionWithAtLeastItsMinorVersion() {
        assertThat(ApiVersion.CURRENT).isEqualTo("2.0");
        assertThat(ApiVersion.supports("2.0")).isTrue();
        assertThat(ApiVersion.supports(" 2.0 ")).isTrue();
        assertThat(ApiVersion.supports("2.0.3")).isTrue();
        assertThat(ApiVersion.supports("2.1")).isFalse();   // uses what this API does not have yet
        assertThat(ApiVersion.supports("1.1")).isFalse();   // a 1.x jar may call HanziOrder as a class
        assertThat(ApiVersion.supports("1.0")).isFalse();
        assertThat(ApiVersion.supports("3.0")).isFalse();
    }

    @Test
    void aVersionThatIsNotMajorDotMinorIsRefused() {
        assertThatThrownBy(() -> ApiVersion.supports("one")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("'one' is not an API version like 2.0");
        assertThatThrownBy(() -> ApiVersion.supports("1")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void undeclaredByDefault() {
        SitePlugin plugin = () -> "x";
        assertThat(plugin.apiVersion()).isEmpty();
    }
}
