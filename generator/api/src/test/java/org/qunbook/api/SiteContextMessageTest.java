package org.qunbook.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * SiteContext.message formats {name} exactly as the page's runtime does (qunbook.format,
 * generator/core/src/test/node/runtime.test.js has the same cases), and falls back to the key.
 */
class SiteContextMessageTest {

    private static SiteContext withStrings(Map<String, String> strings) {
        return new SiteContext() {
            @Override
            public SiteInfo site() {
                return new SiteInfo("", "zh-CN", "/", false);
            }

            @Override
            public TextTools text() {
                return null;
            }

            @Override
            public List<PageView> pages() {
                return List.of();
            }

            @Override
            public Optional<PageView> findPage(String url) {
                return Optional.empty();
            }

            @Override
            public void putSiteData(Object value) {
            }

            @Override
            public void report(Problem problem) {
            }

            @Override
            public Optional<String> findMessage(String key) {
                return Optional.ofNullable(strings.get(key));
            }
        };
    }

    private static String format(String template, Map<String, ?> values) {
        return withStrings(Map.of("k", template)).message("k", values);
    }

    @Test
    void replacesEveryNamedPlaceholderAndKeepsTheOthersAsWritten() {
        assertThat(format("共 {total} 个模板，显示 {n} 个", Map.of("n", 3, "total", 12))).isEqualTo("共 12 个模板，显示 3 个");
        assertThat(format("{a}{a} {b} {c-d}", Map.of("a", "x"))).isEqualTo("xx {b} {c-d}");
        assertThat(format("“{q}”", Map.of("q", "$& $1 {n}"))).isEqualTo("“$& $1 {n}”");
        assertThat(format("{n}", Map.of("n", 0))).isEqualTo("0");
        assertThat(format("{n}", Map.of())).isEqualTo("{n}");
        assertThat(format("{{n}} {", Map.of("n", 1))).isEqualTo("{1} {");
        Map<String, Object> withNull = new HashMap<>();
        withNull.put("n", null);
        assertThat(format("{n}", withNull)).isEqualTo("null");
    }

    @Test
    void aKeyNobodyDefinesIsShownAsTheKey() {
        SiteContext site = withStrings(Map.of("plugin.x.ok", "确定"));
        assertThat(site.message("plugin.x.ok")).isEqualTo("确定");
        assertThat(site.message("plugin.x.missing")).isEqualTo("plugin.x.missing");
        assertThat(site.message("plugin.x.missing", Map.of("n", 1))).isEqualTo("plugin.x.missing");
        assertThat(site.findMessage("plugin.x.missing")).isEmpty();
    }
}
