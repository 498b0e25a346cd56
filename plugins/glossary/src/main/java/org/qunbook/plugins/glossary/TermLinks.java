package org.qunbook.plugins.glossary;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Turns occurrences into links with a tooltip:
 *
 * <pre>{@code
 * <span class="glossary-ref"><a class="glossary-term" href="../../glossary/siyu/" title="summary"
 *   aria-describedby="gt-siyu" data-term="私域">私域</a><span class="glossary-tip" role="tooltip"
 *   id="gt-siyu" hidden>summary</span></span>
 * }</pre>
 *
 * The tooltip text sits in the page next to its link (inserted as text, so jsoup escapes it):
 * screen readers announce it as the link's description even without JavaScript, which only
 * toggles {@code hidden}. The {@code title} is the no-JavaScript fallback for mouse users; the
 * script removes it so two tooltips never show at once.
 */
final class TermLinks {

    static final String WRAPPER_CLASS = "glossary-ref";

    private TermLinks() {
    }

    /**
     * Links the occurrences ({@code everyOccurrence} false: only the first of each term).
     *
     * @param hrefOf the href to a term's page from this page
     */
    static void apply(List<TermOccurrences.Occurrence> occurrences, boolean everyOccurrence,
                      Function<Term, String> hrefOf) {
        Set<Term> linked = new HashSet<>();
        Map<TextNode, List<TermOccurrences.Occurrence>> byNode = new LinkedHashMap<>();
        for (TermOccurrences.Occurrence occurrence : occurrences) {
            if (everyOccurrence || linked.add(occurrence.term())) {
                byNode.computeIfAbsent(occurrence.node(), n -> new ArrayList<>()).add(occurrence);
            }
        }
        Map<Term, Integer> idUses = new HashMap<>();
        byNode.forEach((node, inNode) -> replace(node, inNode, hrefOf, idUses));
    }

    private static void replace(TextNode node, List<TermOccurrences.Occurrence> inNode,
                                Function<Term, String> hrefOf, Map<Term, Integer> idUses) {
        String text = node.getWholeText();
        List<Node> pieces = new ArrayList<>();
        int at = 0;
        for (TermOccurrences.Occurrence occurrence : inNode) {
            if (occurrence.start() > at) {
                pieces.add(new TextNode(text.substring(at, occurrence.start())));
            }
            int use = idUses.merge(occurrence.term(), 1, Integer::sum);
            String id = "gt-" + occurrence.term().id() + (use == 1 ? "" : "-" + use);
            pieces.add(link(occurrence.term(), text.substring(occurrence.start(), occurrence.end()), id,
                    hrefOf.apply(occurrence.term())));
            at = occurrence.end();
        }
        if (at < text.length()) {
            pieces.add(new TextNode(text.substring(at)));
        }
        for (Node piece : pieces) {
            node.before(piece);
        }
        node.remove();
    }

    private static Element link(Term term, String shown, String tipId, String href) {
        Element wrapper = new Element("span").addClass(WRAPPER_CLASS);
        wrapper.appendElement("a").addClass("glossary-term").attr("href", href).attr("title", term.summary())
                .attr("aria-describedby", tipId).attr("data-term", term.term()).text(shown);
        wrapper.appendElement("span").addClass("glossary-tip").attr("role", "tooltip").attr("id", tipId)
                .attr("hidden", true).text(term.summary());
        return wrapper;
    }
}
