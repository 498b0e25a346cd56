package org.qunbook.plugins.glossary;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import org.jsoup.nodes.Element;
import org.qunbook.api.HanziOrder;

/**
 * The glossary's section page: every term grouped by the initial of its pinyin (Latin terms by
 * their first letter, so {@code KOL} sorts in among 客单价 and 裂变; terms starting with a digit
 * under {@code #}, last), with its summary, under an A–Z jump bar.
 */
final class GlossaryIndex {

    private static final String LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ#";

    private GlossaryIndex() {
    }

    /** Appends the index to {@code content}; {@code terms} are in pinyin order. */
    static void append(Element content, List<Term> terms, HanziOrder pinyin, Function<Term, String> hrefOf,
                       Messages messages) {
        Map<Character, List<Term>> byLetter = new TreeMap<>((a, b) -> LETTERS.indexOf(a) - LETTERS.indexOf(b));
        for (Term term : terms) {
            byLetter.computeIfAbsent(pinyin.initial(term.term()).charAt(0), k -> new java.util.ArrayList<>()).add(term);
        }
        // Not linked (every entry is a link already) and not indexed: the term pages should answer
        // a search for a term, not a page listing all of them.
        Element index = content.appendElement("div").addClass("glossary-index").attr(TermOccurrences.NO_GLOSSARY, "")
                .attr("data-search-exclude", "");
        Element jump = index.appendElement("nav").addClass("glossary-jump").attr("aria-label", messages.jumpBar())
                .appendElement("ul");
        for (char letter : LETTERS.toCharArray()) {
            if (letter == '#' && !byLetter.containsKey('#')) {
                continue;
            }
            Element item = jump.appendElement("li");
            if (byLetter.containsKey(letter)) {
                item.appendElement("a").attr("href", "#" + anchor(letter)).text(String.valueOf(letter));
            } else {
                item.appendElement("span").addClass("glossary-jump-empty").text(String.valueOf(letter));
            }
        }
        byLetter.forEach((letter, inLetter) -> {
            Element section = index.appendElement("section").addClass("glossary-letter").id(anchor(letter));
            section.appendElement("h2").text(String.valueOf(letter));
            Element list = section.appendElement("dl").addClass("glossary-list");
            for (Term term : inLetter) {
                list.appendElement("dt").appendElement("a").attr("href", hrefOf.apply(term)).text(term.term());
                list.appendElement("dd").text(term.summary());
            }
        });
    }

    private static String anchor(char letter) {
        return letter == '#' ? "glossary-num" : "glossary-" + Character.toLowerCase(letter);
    }
}
