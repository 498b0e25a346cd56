package org.qunbook.plugins.glossary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.qunbook.plugin.SiteTextTools;
import org.qunbook.search.ScriptFolding;
import org.qunbook.text.PinyinOrder;

/** The second scan of a page takes the first scan's matches only while the page's text is the same. */
class TermOccurrencesTest {

    private final Spelling spelling = new Spelling(new SiteTextTools(ScriptFolding.openCc(), new PinyinOrder()));
    private final Term siyu = new Term("siyu", "私域", List.of(), "定义", null);
    private final Term liuliang = new Term("liuliang", "流量", List.of(), "定义", null);
    private final TermOccurrences occurrences = new TermOccurrences(new TermMatcher(spelling, keys()));

    private Map<String, Term> keys() {
        Map<String, Term> keys = new LinkedHashMap<>();
        keys.put(spelling.fold("私域"), siyu);
        keys.put(spelling.fold("流量"), liuliang);
        return keys;
    }

    @Test
    void aSecondScanOfTheSameTextFindsWhatTheFirstFound() {
        Element first = Jsoup.parseBodyFragment("<p>私域的流量</p><p>再谈私域</p>").body();
        Element second = Jsoup.parseBodyFragment("<p>私域的流量</p><p>再谈私域</p>").body();
        List<TermOccurrences.Occurrence> remembered = occurrences.find(first, null, true);
        List<TermOccurrences.Occurrence> again = occurrences.find(second, null, false);
        assertThat(again).extracting(o -> o.term().id(), TermOccurrences.Occurrence::start)
                .containsExactly(tuple("siyu", 0), tuple("liuliang", 3), tuple("siyu", 2));
        assertThat(again).extracting(o -> o.node().getWholeText())
                .isEqualTo(remembered.stream().map(o -> o.node().getWholeText()).toList());
        // each occurrence points into the document scanned, not the first one
        assertThat(again).allMatch(o -> o.node().ownerDocument() == second.ownerDocument());
    }

    @Test
    void aSecondScanOfChangedTextMatchesAgain() {
        Element content = Jsoup.parseBodyFragment("<p>私域的流量</p>").body();
        occurrences.find(content, null, true);
        content.selectFirst("p").text("流量，不是私域");   // e.g. another plugin rewrote the paragraph
        assertThat(occurrences.find(content, null, false))
                .extracting(o -> o.term().id(), TermOccurrences.Occurrence::start).containsExactly(tuple("liuliang", 0), tuple("siyu", 5));
    }

    @Test
    void thePagesOwnTermIsLeftOutOnBothScans() {
        Element content = Jsoup.parseBodyFragment("<p>私域的流量</p>").body();
        assertThat(occurrences.find(content, siyu, true)).extracting(o -> o.term().id()).containsExactly("liuliang");
        assertThat(occurrences.find(content, siyu, false)).extracting(o -> o.term().id()).containsExactly("liuliang");
    }

    @Test
    void aNotInWordHidesOnlyItsOwnTerm() {
        Term lifecycle = new Term("shengming-zhouqi", "生命周期", List.of(), "定义", null, true, List.of("产品生命周期"));
        Term period = new Term("zhouqi", "周期", List.of(), "定义", null);
        TermMatcher matcher = new TermMatcher(spelling, Map.of("生命周期", lifecycle, "周期", period));
        assertThat(matcher.find("产品生命周期")).containsExactly(new TermAutomaton.Hit(4, 6, period));
        assertThat(matcher.find("社群生命周期，产品生命週期")).containsExactly(
                new TermAutomaton.Hit(2, 6, lifecycle), new TermAutomaton.Hit(11, 13, period));
    }
}
