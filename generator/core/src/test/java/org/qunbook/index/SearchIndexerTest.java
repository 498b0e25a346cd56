package org.qunbook.index;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.qunbook.build.BuildOptions;
import org.qunbook.build.BuildResult;
import org.qunbook.testing.TestSite;

class SearchIndexerTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    @Test
    void refsAreShortDistinctLetterCodes() {
        assertThat(SearchIndexer.ref(0)).isEqualTo("a");
        assertThat(SearchIndexer.ref(25)).isEqualTo("z");
        assertThat(SearchIndexer.ref(26)).isEqualTo("A");
        assertThat(SearchIndexer.ref(51)).isEqualTo("Z");
        assertThat(SearchIndexer.ref(52)).isEqualTo("ba");
        assertThat(SearchIndexer.ref(52 * 52 - 1)).isEqualTo("ZZ");
        assertThat(SearchIndexer.ref(52 * 52)).isEqualTo("baa");
        Set<String> refs = new HashSet<>();
        IntStream.range(0, 200_000).forEach(i -> refs.add(SearchIndexer.ref(i)));
        assertThat(refs).hasSize(200_000).allMatch(r -> r.matches("[a-zA-Z]{1,4}"));
    }

    @Test
    void theReportNamesTheSizesAndTheShards() {
        SearchIndexReport report = new SearchIndexReport(1001, 18_597_000, 4_129_000, 4_312_000, 1_690_000, 105_212,
                103_900, 650, 60_000, true);
        assertThat(report.summary()).isEqualTo("Search index: 1001 documents, 17.7 MiB raw, ≈3.9 MiB gzipped "
                + "(≈4.0 KiB a document), 105212 terms, 99% CJK bigrams, 650 shards of at most 58.6 KiB; "
                + "snippet text 4.1 MiB raw, ≈1.6 MiB gzipped");
        assertThat(new SearchIndexReport(2, 2048, 1024, 512, 300, 10, 7, 1, 900, false).summary()).isEqualTo("Search index: "
                + "2 documents, 2.0 KiB raw, 1.0 KiB gzipped (0.5 KiB a document), 10 terms, 70% CJK bigrams, "
                + "1 shard of at most 0.9 KiB; snippet text 0.5 KiB raw, 0.3 KiB gzipped");
    }

    @Test
    void aBuildNobodyReadsTheSummaryOfSkipsTheGzipUnlessTheRawIndexIsOverBudget() {
        String page = """
                -- content/a.md --
                ---
                title: 找准社群定位
                ---
                正文：为谁服务，提供什么价值。
                """;
        TestSite site = TestSite.write(dir.resolve("within"), TestSite.MINIMAL_CONFIG + page);
        BuildResult quiet = site.build(BuildOptions.builder(site.root().resolve("content"), site.output())
                .indexSizes(false).build());
        assertThat(quiet.written()).isTrue();
        assertThat(quiet.reports()).singleElement().asString().startsWith("Search index: 2 documents")
                .doesNotContain("gzipped");

        TestSite over = TestSite.write(dir.resolve("over"), TestSite.MINIMAL_CONFIG
                + "search: { budget_kb: 1 }\n" + page + IntStream.range(0, 3000)
                .mapToObj(i -> Character.toString(0x4E00 + i * 37 % 20_000)).collect(Collectors.joining()) + "\n");
        BuildResult measured = over.build(BuildOptions.builder(over.root().resolve("content"), over.output())
                .indexSizes(false).build());
        assertThat(measured.reports()).singleElement().asString().contains("gzipped");
        assertThat(TestSite.format(measured.problems())).contains("over the budget of 1 KiB");
    }

    @Test
    void theIndexMapsRefsToPagesAndTheSnippetTextIsAFileOfItsOwn() throws Exception {
        TestSite site = TestSite.write(dir, TestSite.MINIMAL_CONFIG + """
                -- content/_index.md --
                ---
                title: 首页
                ---
                欢迎来到社群运营手册。
                -- content/a.md --
                ---
                title: 找准社群定位
                summary: 建群之前先想清楚。
                tags: ["定位"]
                ---
                正文：为谁服务。
                """).buildClean();
        JsonNode meta = searchFile(site, "meta");
        assertThat(meta.get("fields").toString()).isEqualTo("[\"t\",\"k\",\"b\"]"); // title, keywords, body
        assertThat(meta.get("documents").asInt()).isEqualTo(2);
        assertThat(meta.has("common")).isFalse(); // every term of every page is indexed
        JsonNode docs = searchFile(site, "docs/0");
        assertThat(docs).hasSize(2);
        JsonNode page = docs.get(1);
        assertThat(page.get("ref").asText()).isEqualTo("b");
        assertThat(page.get("url").asText()).isEqualTo("a/");
        assertThat(page.get("title").asText()).isEqualTo("找准社群定位");
        assertThat(page.get("summary").asText()).isEqualTo("建群之前先想清楚。");
        assertThat(page.has("text")).isFalse();
        assertThat(searchFile(site, "texts/1").get("text").asText()).contains("正文：为谁服务。");

        // every shard is a lunr index of the whole index's fields; together they hold every term once
        StringBuilder shards = new StringBuilder();
        for (int s = 0; s < meta.get("shards").size(); s++) {
            JsonNode shard = searchFile(site, "shards/" + s);
            assertThat(shard.get("version").asText()).isEqualTo("2.3.9");
            assertThat(shard.get("fields")).isEqualTo(meta.get("fields"));
            shards.append(shard);
        }
        assertThat(shards.toString()).contains("\"b/b\"", "[\"务\",");
        // the files are scripts that fetch reads as text too: one copy serves http(s) and file://
        assertThat(site.read("search/meta.js")).startsWith("qunbookSearchLoaded(\"meta\",{").endsWith("});\n");
    }

    @Test
    void displayDataCarriesTheValuesOfFieldsWithAClosedListOfValues() throws Exception {
        TestSite site = TestSite.write(dir, TestSite.MINIMAL_CONFIG.replace("title:", """
                types:
                  script-template:
                    folder: scripts
                    layout: page
                    label: 话术模板
                    fields:
                      tier: { type: string, values: [strong, weak] }
                      note: { type: string }
                title:""") + """
                -- content/_index.md --
                ---
                title: 首页
                ---
                欢迎。
                -- content/scripts/a.md --
                ---
                title: 欢迎语
                tier: strong
                note: 随便写
                ---
                正文。
                """).buildClean();
        JsonNode meta = searchFile(site, "meta");
        JsonNode script = null;
        for (JsonNode type : meta.get("types")) {
            if (type.get("type").asText().equals("script-template")) {
                script = type;
            }
        }
        assertThat(script).isNotNull();
        assertThat(script.get("facets").toString()).isEqualTo("[\"tier\"]");
        JsonNode docs = searchFile(site, "docs/0");
        JsonNode page = docs.get(0).get("title").asText().equals("欢迎语") ? docs.get(0) : docs.get(1);
        assertThat(page.get("facets").toString()).isEqualTo("{\"tier\":\"strong\"}");
    }

    @Test
    void aPageTextFileSaysWhereItsSectionsAreForTheLinksUnderItsResult() throws Exception {
        TestSite site = TestSite.write(dir, TestSite.MINIMAL_CONFIG + """
                -- content/_index.md --
                ---
                title: 首页
                ---
                欢迎。
                -- content/rules.md --
                ---
                title: 群规公告
                ---
                开头的话。

                ## 话术模板

                ### 违规提醒

                请勿发广告。

                ## 使用要点

                先提醒，再移出。
                """).buildClean();
        JsonNode meta = searchFile(site, "meta");
        // pages only: a section is not a document of the index (it would post its terms twice)
        assertThat(meta.get("documents").asInt()).isEqualTo(2);
        // the page's text file says where its sections are, for the links under its result
        JsonNode page = searchFile(site, "texts/1");
        String text = page.get("text").asText();
        assertThat(page.get("sections")).hasSize(2); // 话术模板 has no text of its own before its h3
        JsonNode reminder = page.get("sections").get(0);
        assertThat(reminder.get(2).asText()).isEqualTo("%E8%BF%9D%E8%A7%84%E6%8F%90%E9%86%92");
        assertThat(reminder.get(3).asText()).isEqualTo("话术模板 › 违规提醒");
        assertThat(text.substring(reminder.get(0).asInt(), reminder.get(1).asInt())).isEqualTo("违规提醒 请勿发广告。 ");
        JsonNode usage = page.get("sections").get(1);
        assertThat(text.substring(usage.get(0).asInt(), usage.get(1).asInt())).startsWith("使用要点").endsWith("先提醒，再移出。");
        assertThat(searchFile(site, "docs/0").get(1).get("url").asText()).isEqualTo("rules/");
        // exact names: page titles, not sections
        assertThat(meta.get("query").get("exact").get("群规公告").asText()).isEqualTo("b");
        assertThat(meta.get("query").get("stopWords").toString()).contains("\"怎么办\"", "\"群里\"");
    }

    @Test
    void stopWordsTypeWeightsAndSynonymsComeFromTheSite() throws Exception {
        TestSite site = TestSite.write(dir, TestSite.MINIMAL_CONFIG + """
                search:
                  stop_words: [请教]
                  type_weights: { glossary: 2 }
                -- content/_search/synonyms.yml --
                发广告: [广告, 违规]
                冷清: 沉默 活跃
                -- content/_index.md --
                ---
                title: 首页
                ---
                欢迎。
                """).buildClean();
        JsonNode query = searchFile(site, "meta").get("query");
        assertThat(query.get("stopWords").toString()).contains("\"请教\"", "\"怎么办\"");
        assertThat(query.get("synonyms").toString()).isEqualTo("{\"冷清\":[\"沉默\",\"活跃\"],\"发广告\":[\"广告\",\"违规\"]}");
        assertThat(site.exists("_search/synonyms.yml")).isFalse(); // search data, not a page or a static file
        assertThat(site.exists("_search/synonyms/index.html")).isFalse();
    }

    @Test
    void aBadSearchSettingOrSynonymIsAnErrorNamingItsLine() {
        TestSite site = TestSite.write(dir, TestSite.MINIMAL_CONFIG + """
                search:
                  stop_words: 怎么办
                  type_weights: { glossary: -1 }
                -- content/_search/synonyms.yml --
                发广告: [广告, 违规]
                冷清:
                -- content/_index.md --
                ---
                title: 首页
                ---
                欢迎。
                """);
        assertThat(String.join("\n", site.buildExpectingErrors())).contains(
                "qunbook.yml:3", "search.stop_words must be a list of words",
                "qunbook.yml:4", "search.type_weights.glossary must be a number above 0");
        TestSite synonyms = TestSite.write(dir.resolve("syn"), TestSite.MINIMAL_CONFIG + """
                -- content/_search/synonyms.yml --
                发广告: [广告, 违规]
                冷清:
                -- content/_index.md --
                ---
                title: 首页
                ---
                欢迎。
                """);
        assertThat(String.join("\n", synonyms.buildExpectingErrors())).contains(
                "_search/synonyms.yml:2", "synonyms of '冷清' must be a list of words");
    }

    private static JsonNode searchFile(TestSite site, String name) throws Exception {
        String text = site.read("search/" + name + ".js");
        String head = "qunbookSearchLoaded(\"" + name + "\",";
        assertThat(text).startsWith(head).endsWith(");\n");
        return JSON.readTree(text.substring(head.length(), text.length() - 3));
    }
}
