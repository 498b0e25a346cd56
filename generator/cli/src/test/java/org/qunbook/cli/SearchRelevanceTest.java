package org.qunbook.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.qunbook.testing.TestSite;

/**
 * Search quality on the bundled handbook: the queries of search/relevance.json, run through the
 * site's own lunr.min.js and qunbook-search.js in node (what a reader's browser runs), must each
 * have their expected page in the top 3. Prints MRR and recall@5 so changes to analysis or
 * fields can be compared.
 */
class SearchRelevanceTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path dir;

    static Path site;

    @BeforeAll
    static void buildTheHandbook() {
        site = Repository.builtHandbook();
    }

    record Expectation(String query, String expect, String kind) {
    }

    record Answer(String query, boolean matchedAll, List<String> refs) {

        /** 1-based rank of ref, or 0 when it is not among the answers. */
        int rank(String ref) {
            return refs.indexOf(ref) + 1;
        }
    }

    @Test
    void everyQueryHasItsExpectedPageInTheTopThree() throws Exception {
        List<Expectation> expectations = expectations();
        assertThat(expectations).hasSizeGreaterThanOrEqualTo(30);
        Map<String, Answer> answers = search(site, expectations.stream().map(Expectation::query).toList());

        double reciprocalRanks = 0;
        int inTopFive = 0;
        List<String> misses = new ArrayList<>();
        for (Expectation e : expectations) {
            Answer answer = answers.get(e.query());
            int rank = answer.rank(e.expect());
            reciprocalRanks += rank == 0 ? 0 : 1.0 / rank;
            inTopFive += rank >= 1 && rank <= 5 ? 1 : 0;
            if (rank == 0 || rank > 3) {
                misses.add(String.format("%s [%s]: expected %s, rank %s, top 3 %s", e.query(), e.kind(), e.expect(),
                        rank == 0 ? "none" : rank, answer.refs().subList(0, Math.min(3, answer.refs().size()))));
            }
        }
        System.out.printf(Locale.ROOT, "Search relevance: %d queries, MRR %.3f, recall@5 %.3f%n",
                expectations.size(), reciprocalRanks / expectations.size(),
                (double) inTopFive / expectations.size());
        assertThat(misses).as("queries whose expected page is not in the top 3").isEmpty();
    }

    @Test
    void aSimplifiedQueryFindsTraditionalTextAndTheReverse() throws Exception {
        Map<String, String> texts = pageTexts();
        // welcome-hk is written in Traditional only; data-review in Simplified only.
        assertThat(texts.get("/scripts/welcome-hk/")).contains("運送說明").doesNotContain("运送说明");
        assertThat(texts.get("/playbooks/data-review/")).contains("数据复盘").doesNotContain("數據複盤");

        Map<String, Answer> answers = search(site, List.of("运送说明", "數據複盤"));

        assertThat(answers.get("运送说明").matchedAll()).isTrue();
        assertThat(answers.get("运送说明").refs()).first().isEqualTo("/scripts/welcome-hk/");
        assertThat(answers.get("數據複盤").matchedAll()).isTrue();
        assertThat(answers.get("數據複盤").refs()).first().isEqualTo("/playbooks/data-review/");
    }

    /**
     * The same suite with the handbook's pages inside a 1,000-page site: 914 generated pages of about
     * 1,500 Chinese characters each (the search tests' corpus: the handbook's domain words, some
     * Traditional, acronyms) beside them. Every term of every page is indexed, so a query's pages
     * are still found by their text: every expected page must be in the top 5.
     */
    @Test
    void everyQueryHasItsExpectedPageInTheTopFiveInsideAThousandPageSite() throws Exception {
        Path content = dir.resolve("big-handbook/content");
        try (var files = Files.walk(Repository.content())) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Path to = content.resolve(Repository.content().relativize(file).toString());
                Files.createDirectories(to.getParent());
                Files.copy(file, to);
            }
        }
        org.qunbook.search.ChineseCorpus corpus = new org.qunbook.search.ChineseCorpus(1202L);
        int filler = 1000 - 86;
        List<org.qunbook.search.ChineseCorpus.Page> pages = corpus.pages(filler, 1500);
        Files.createDirectories(content.resolve("notes"));
        for (int i = 0; i < filler; i++) {
            Files.writeString(content.resolve("notes/n" + i + ".md"), "---\ntitle: " + pages.get(i).title()
                    + "\n---\n" + pages.get(i).body() + "\n", StandardCharsets.UTF_8);
        }
        Path out = dir.resolve("big-handbook/public");
        org.qunbook.build.BuildResult result = new org.qunbook.build.Build(org.qunbook.build.BuildOptions.of(content, out))
                .run();
        assertThat(result.written()).isTrue();

        List<Expectation> expectations = expectations();
        Map<String, Answer> answers = search(out, expectations.stream().map(Expectation::query).toList());
        double reciprocalRanks = 0;
        List<String> misses = new ArrayList<>();
        for (Expectation e : expectations) {
            int rank = answers.get(e.query()).rank(e.expect());
            reciprocalRanks += rank == 0 ? 0 : 1.0 / rank;
            if (rank == 0 || rank > 5) {
                misses.add(e.query() + ": expected " + e.expect() + ", rank " + (rank == 0 ? "none" : rank)
                        + ", top 5 " + answers.get(e.query()).refs().subList(0, Math.min(5,
                        answers.get(e.query()).refs().size())));
            }
        }
        System.out.printf(Locale.ROOT, "Search relevance inside 1,000 pages: %d queries, MRR %.3f, %d outside the top 5%n",
                expectations.size(), reciprocalRanks / expectations.size(), misses.size());
        assertThat(misses).as("queries whose expected page is not in the top 5 of the 1,000-page site").isEmpty();
    }

    /** Each page's searchable text by its path ('/' + URL), from the display data and the snippet text. */
    private static Map<String, String> pageTexts() throws IOException {
        int count = SearchFiles.read(site, "meta").get("documents").asInt();
        int chunk = SearchFiles.read(site, "meta").get("docChunk").asInt();
        Map<String, String> byPath = new LinkedHashMap<>();
        for (int i = 0; i < count; i++) {
            JsonNode d = SearchFiles.read(site, "docs/" + i / chunk).get(i % chunk);
            byPath.put("/" + URLDecoder.decode(d.get("url").asText(), StandardCharsets.UTF_8), d.get("title").asText()
                    + "\n" + d.get("summary").asText() + "\n" + SearchFiles.read(site, "texts/" + i).get("text").asText());
        }
        return byPath;
    }

    private static List<Expectation> expectations() throws IOException {
        try (InputStream in = SearchRelevanceTest.class.getResourceAsStream("/search/relevance.json")) {
            JsonNode queries = JSON.readTree(in).get("queries");
            List<Expectation> list = new ArrayList<>();
            queries.forEach(q -> list.add(new Expectation(q.get("query").asText(), q.get("expect").asText(),
                    q.get("kind").asText())));
            return list;
        }
    }

    /**
     * Every term of every page is searchable in its text, however many pages have it: on a site of
     * 120 pages that all say 社群运营, a query of it finds every page, and with 17 the page that has both.
     */
    @Test
    void aTermOnEveryPageOfABigSiteIsStillSearchableInPageText() throws Exception {
        StringBuilder files = new StringBuilder(TestSite.MINIMAL_CONFIG
                + "-- content/_index.md --\n---\ntitle: 首页\n---\n社群运营手册。\n"
                + "-- content/overview.md --\n---\ntitle: 社群运营总览\n---\n社群运营从定位开始。\n");
        for (int i = 0; i < 120; i++) {
            files.append("-- content/p/p").append(i).append(".md --\n---\ntitle: 第").append(i)
                    .append("页\n---\n社群运营的第 ").append(i).append(" 个要点。\n");
        }
        TestSite big = TestSite.write(dir.resolve("big"), files.toString()).buildClean();
        assertThat(SearchFiles.read(big.output(), "meta").has("common")).isFalse();

        Map<String, Answer> answers = search(big.output(), List.of("社群运营 17", "社群运营", "定位"));
        assertThat(answers.get("社群运营 17").matchedAll()).isTrue();
        assertThat(answers.get("社群运营 17").refs()).first().isEqualTo("/p/p17/");
        // the title match ranks first, and the page text of the others is searched too (top 10 shown)
        assertThat(answers.get("社群运营").refs()).first().isEqualTo("/overview/");
        assertThat(answers.get("社群运营").refs()).hasSize(10);
        assertThat(answers.get("定位").refs()).containsExactly("/overview/");
    }

    /**
     * A landing page (a section's {@code _index.md}) introduces every page of its section: with the
     * same text as one of them, the page comes first (SearchIndexer.LANDING_WEIGHT), where the landing
     * page, met first, used to win the tie.
     */
    @Test
    void aPageComesBeforeTheLandingPageThatIntroducesIt() throws Exception {
        String text = "发广告的成员先私聊提醒一次，再犯移出群聊。\n";
        TestSite site = TestSite.write(dir.resolve("landing"), TestSite.MINIMAL_CONFIG
                + "-- content/_index.md --\n---\ntitle: 首页\n---\n欢迎。\n"
                + "-- content/p/_index.md --\n---\ntitle: 甲\n---\n" + text
                + "-- content/p/rules.md --\n---\ntitle: 乙\n---\n" + text).buildClean();
        assertThat(search(site.output(), List.of("发广告 移出")).get("发广告 移出").refs())
                .containsExactly("/p/rules/", "/p/");
    }

    /** Runs the queries through a built site's search scripts in node. */
    private static Map<String, Answer> search(Path site, List<String> queries) throws Exception {
        Node.require();
        Path queryFile = dir.resolve("queries-" + System.nanoTime() + ".json");
        Files.writeString(queryFile, JSON.writeValueAsString(queries), StandardCharsets.UTF_8);
        String out = Node.run(driver(), site.toString(), queryFile.toString());
        Map<String, Answer> answers = new LinkedHashMap<>();
        for (JsonNode a : JSON.readTree(out)) {
            List<String> refs = new ArrayList<>();
            a.get("refs").forEach(r -> refs.add(r.asText()));
            answers.put(a.get("query").asText(), new Answer(a.get("query").asText(), a.get("matchedAll").asBoolean(),
                    refs));
        }
        return answers;
    }

    private static Path driver() throws URISyntaxException {
        return Path.of(SearchRelevanceTest.class.getResource("/search/relevance-driver.js").toURI());
    }
}
