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
 * under {@code #}, last), with its summary, under an A–Z jump bar and, when the page names topics,
 * a topic filter.
 *
 * <p>Topics come from the page's own text: a paragraph that starts with bold text and links terms
 * ({@code **流量与增长**：[私域流量](siyu-liuliang.md)、[引流](yinliu.md)}) puts those terms under that
 * topic, so the writer keeps one list of topics and the index offers it as a filter (glossary.js).
 * The index is marked {@code data-lists-section}: it lists the section's pages, so the theme does
 * not list them a second time.
 */
final class GlossaryIndex {

    private static final String LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ#";

    private GlossaryIndex() {
    }

    /** Appends the index to {@code content}; {@code terms} are in pinyin order. */
    static void append(Element content, List<Term> terms, HanziOrder pinyin, Function<Term, String> hrefOf,
                       Function<String, String> words) {
        Map<Character, List<Term>> byLetter = new TreeMap<>((a, b) -> LETTERS.indexOf(a) - LETTERS.indexOf(b));
        for (Term term : terms) {
            byLetter.computeIfAbsent(pinyin.initial(term.term()).charAt(0), k -> new java.util.ArrayList<>()).add(term);
        }
        // Not linked (every entry is a link already) and not indexed: the term pages should answer
        // a search for a term, not a page listing all of them.
        Map<Term, String> topics = topics(content, terms);
        Element index = content.appendElement("div").addClass("glossary-index").attr(TermOccurrences.NO_GLOSSARY, "")
                .attr("data-search-exclude", "").attr("data-lists-section", "");
        if (!topics.isEmpty()) {
            // Buttons without the script would do nothing: the stylesheet shows the filter only
            // under <html class="js"> (set by the theme before the first paint, so nothing shifts).
            Element filter = index.appendElement("div").addClass("glossary-topics").attr("role", "group")
                    .attr("aria-label", words.apply("topics"));
            filter.appendElement("button").attr("type", "button").addClass("glossary-topic")
                    .attr("aria-pressed", "true").attr("data-topic", "").text(words.apply("allTopics"));
            new java.util.LinkedHashSet<>(topics.values()).forEach(topic -> filter.appendElement("button")
                    .attr("type", "button").addClass("glossary-topic").attr("aria-pressed", "false")
                    .attr("data-topic", topic).text(topic));
        }
        Element jump = index.appendElement("nav").addClass("glossary-jump").attr("aria-label", words.apply("jumpBar"))
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
                Element dt = list.appendElement("dt");
                dt.appendElement("a").attr("href", hrefOf.apply(term)).text(term.term());
                Element dd = list.appendElement("dd").text(term.summary());
                if (topics.containsKey(term)) {
                    dt.attr("data-topic", topics.get(term));
                    dd.attr("data-topic", topics.get(term));
                }
            }
        });
    }

    /** Each term's topic, from the page's "**topic**: term links" paragraphs; the first topic naming a term wins. */
    private static Map<Term, String> topics(Element content, List<Term> terms) {
        Map<String, Term> byName = new java.util.HashMap<>();
        for (Term term : terms) {
            byName.putIfAbsent(term.term(), term);
            term.aliases().forEach(alias -> byName.putIfAbsent(alias, term));
            byName.putIfAbsent(term.page().title(), term);
        }
        Map<Term, String> topics = new java.util.LinkedHashMap<>();
        for (Element paragraph : content.select("p")) {
            Element first = paragraph.children().first();
            if (first == null || !first.normalName().equals("strong") || paragraph.childNode(0) != first) {
                continue;
            }
            String topic = first.text().strip();
            for (Element link : paragraph.select("a[href]")) {
                Term term = byName.get(link.text().strip());
                if (term != null && !topic.isEmpty()) {
                    topics.putIfAbsent(term, topic);
                }
            }
        }
        return topics;
    }

    private static String anchor(char letter) {
        return letter == '#' ? "glossary-num" : "glossary-" + Character.toLowerCase(letter);
    }
}
