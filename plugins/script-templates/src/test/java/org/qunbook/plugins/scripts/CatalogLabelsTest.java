package org.qunbook.plugins.scripts;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.nio.charset.StandardCharsets;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.qunbook.testing.TestSite;
import org.qunbook.yaml.YamlReader;

/** Every scenario, tier and stage the catalogue knows shows as words, in both UI languages, never as its key. */
class CatalogLabelsTest {

    @TempDir
    Path dir;

    @Test
    void everyKnownValueHasAChineseAndAnEnglishLabel() throws Exception {
        List<String> unlabelled = new ArrayList<>();
        for (String language : List.of("zh-CN", "en")) {
            // The plugin's own messages (i18n/<language>.yml), as PluginSetup.addMessages reads them.
            Map<String, Object> ui;
            try (var in = ScriptTemplatesPlugin.class.getResourceAsStream("i18n/" + language + ".yml")) {
                ui = new YamlReader().read(new String(in.readAllBytes(), StandardCharsets.UTF_8), 1).values();
            }
            Catalog.FIELDS.forEach((field, values) -> values.forEach(value -> {
                if (!(ui.get(field) instanceof Map<?, ?> labels) || labels.get(value) == null) {
                    unlabelled.add(language + ": " + field + "." + value);
                }
            }));
        }
        assertThat(unlabelled).isEmpty();
    }

    @Test
    void listsTheHandbooksNewScenariosInReadingOrderWithTheirLabels() {
        String config = """
                -- content/qunbook.yml --
                title: 话术站点
                types:
                  script-template:
                    folder: scripts
                    required: [scenario, variables]
                    fields:
                      scenario: { type: string }
                      variables: { type: objects }
                plugins:
                  - name: script-templates
                -- content/scripts/_index.md --
                ---
                title: 话术模板
                ---
                介绍。
                """;
        StringBuilder pages = new StringBuilder(config);
        for (String scenario : List.of("migration", "custom", "faq", "group-buy", "welcome")) {
            pages.append("""
                    -- content/scripts/%1$s.md --
                    ---
                    title: %1$s
                    scenario: %1$s
                    variables:
                      - name: 群名
                        label: 群名称
                    ---
                    ```script
                    {{群名}}
                    ```
                    """.formatted(scenario));
        }
        TestSite site = TestSite.write(dir, pages.toString()).buildClean();
        Element select = site.page("scripts/").selectFirst("select[data-filter=scenario]");
        assertThat(select.select("option").eachText()).containsExactly("全部", "欢迎", "常见问题", "拼团", "迁群", "custom");
        assertThat(site.page("scripts/").select(".script-catalog-tags").eachText())
                .contains("拼团", "常见问题", "迁群", "custom");
    }
}
