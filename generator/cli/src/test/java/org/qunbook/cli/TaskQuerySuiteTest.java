package org.qunbook.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * The task-query suite: the everyday questions of search/task-queries.json (written from the
 * handbook's playbooks and scripts: 群里有人发广告怎么办, 每天群里发几条消息合适 …), run on the built
 * handbook through the site's own lunr.min.js and qunbook-search.js in node (task-query-report.js),
 * as a reader's browser runs them. Each must have a page that answers it among the first three
 * pages of the results; prints the top-3 rate and the MRR, so changes to ranking can be compared.
 * A question that names the section answering it (a heading id of its page) must find that section
 * among those its result links to (search-highlight.js sections()) for at least 80% of them.
 */
class TaskQuerySuiteTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void everyQuestionHasAnAnsweringPageInTheTopThree() throws Exception {
        Node.require();
        Path site = Repository.builtHandbook();
        Path suite = resource("/search/task-queries.json");
        JsonNode report = JSON.readTree(Node.run(resource("/search/task-query-report.js"), site.toString(),
                suite.toString()));

        assertThat(report.get("questions").asInt()).isGreaterThanOrEqualTo(40);
        List<String> misses = new ArrayList<>();
        List<String> unknownSections = new ArrayList<>();
        int sectionsAsked = 0;
        int sectionsFound = 0;
        for (JsonNode a : report.get("answers")) {
            int rank = a.get("rank").asInt();
            if (rank < 1 || rank > 3) {
                misses.add(a.get("query").asText() + ": expected " + a.get("expect").asText() + ", rank "
                        + (rank == 0 ? "none" : rank) + ", pages " + a.get("pages"));
            }
            if (!a.get("sectionHit").isNull()) {
                sectionsAsked++;
                sectionsFound += a.get("sectionHit").asBoolean() ? 1 : 0;
                if (!a.get("sectionExists").isNull() && !a.get("sectionExists").asBoolean()) {
                    unknownSections.add(a.get("query").asText() + ": " + a.get("section").asText());
                }
            }
        }
        System.out.printf(Locale.ROOT, "Task queries: %d questions, top-3 %.3f, MRR %.3f, answering section among the"
                        + " results %d of %d%n", report.get("questions").asInt(), report.get("top3").asDouble(),
                report.get("mrr").asDouble(), sectionsFound, sectionsAsked);
        assertThat(misses).as("questions without an answering page in the top 3").isEmpty();
        assertThat(unknownSections).as("expected sections that are not a section of their page (a heading changed?)")
                .isEmpty();
        assertThat(sectionsFound).as("questions whose answering section the result links to")
                .isGreaterThanOrEqualTo((int) Math.ceil(0.8 * sectionsAsked));
        assertThat(report.get("mrr").asDouble()).isGreaterThanOrEqualTo(0.85);
    }

    private static Path resource(String name) throws Exception {
        return Path.of(TaskQuerySuiteTest.class.getResource(name).toURI());
    }
}
