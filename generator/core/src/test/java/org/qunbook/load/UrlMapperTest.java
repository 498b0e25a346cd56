package org.qunbook.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class UrlMapperTest {

    private final UrlMapper urls = new UrlMapper();

    @Test
    void mapsFilesToPrettyUrls() {
        assertThat(urls.map("playbooks/setup-positioning.md", Optional.empty()).url())
                .isEqualTo("playbooks/setup-positioning/");
        assertThat(urls.map("playbooks/_index.md", Optional.empty()).url()).isEqualTo("playbooks/");
        assertThat(urls.map("_index.md", Optional.empty()).url()).isEmpty();
        assertThat(urls.map("案例/超市.md", Optional.empty()).url()).isEqualTo("案例/超市/");
    }

    @Test
    void slugReplacesTheFileName() {
        assertThat(urls.map("playbooks/x.md", Optional.of("定位")).url()).isEqualTo("playbooks/定位/");
    }

    @Test
    void rejectsSlugsThatLeaveTheirFolder() {
        assertThat(urls.map("a.md", Optional.of("..")).isOk()).isFalse();
        assertThat(urls.map("a.md", Optional.of("a/b")).isOk()).isFalse();
        assertThat(urls.map("a.md", Optional.of("a\\b")).isOk()).isFalse();
    }

    @Test
    void mapsAliasesToSitePaths() {
        assertThat(urls.alias("/old/page").url()).isEqualTo("old/page/");
        assertThat(urls.alias("old").isOk()).isFalse();
        assertThat(urls.alias("/a/../../b").isOk()).isFalse();
        assertThat(urls.alias("/").isOk()).isFalse();
    }
}
