package org.qunbook.plugins.glossary;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;

/**
 * Finds where terms occur in a page's content, applying the skip rules. Both the usage scan
 * ({@code contentLoaded}) and the linking ({@code transform}) use this, so "used in" lists exactly
 * the pages where a link appears.
 *
 * <p>The text of each block (paragraph, list item, table cell…) is matched as one string made of
 * all its text nodes, so a term may not be found across blocks, and an occurrence that spans two
 * text nodes — a term split by inline markup, {@code 私域<em>流量</em>} — is found but not linked:
 * linking it would mean splitting or re-nesting the {@code em}, which changes what the writer
 * emphasised. Because it is found, it still hides the shorter {@code 私域} inside it.
 */
final class TermOccurrences {

    /**
     * Elements whose text is never linked, with everything inside them. {@code label} and
     * {@code summary}: a link there would catch the tap meant for the checkbox (a checklist item)
     * or the disclosure, so tapping the item would open a tooltip instead of ticking it.
     */
    static final Set<String> SKIPPED_TAGS = Set.of("h1", "h2", "h3", "h4", "h5", "h6", "a", "code", "pre", "kbd",
            "samp", "script", "style", "textarea", "button", "svg", "math", "label", "summary");
    static final String NO_GLOSSARY = "data-no-glossary";

    /** A linkable occurrence: {@code [start, end)} of the text node's whole text. */
    record Occurrence(TextNode node, int start, int end, Term term) {
    }

    private record Piece(TextNode node, int start, boolean linkable) {
    }

    private final TermMatcher matcher;
    /**
     * The matcher's hits by {@link #fingerprint} of the text they were found in. A page is matched
     * twice, to find the pages using each term ({@code contentLoaded}) and to link them
     * ({@code transform}); its text is mostly the same both times, and matching (folding the text,
     * running the automaton) is most of the glossary's cost. The second time takes the hits and
     * lets them go.
     */
    private final Map<Fingerprint, List<TermAutomaton.Hit>> remembered = new ConcurrentHashMap<>();

    TermOccurrences(TermMatcher matcher) {
        this.matcher = matcher;
    }

    /**
     * Linkable occurrences in document order; occurrences of {@code ownTerm} (may be null) are left out.
     *
     * @param remember whether this is the first of two scans of the page, whose matches the second
     *                 may take instead of matching again
     */
    List<Occurrence> find(Element content, Term ownTerm, boolean remember) {
        List<Piece> pieces = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        Element[] lastBlock = {null};
        NodeTraversor.traverse((node, depth) -> {
            if (node instanceof TextNode textNode) {
                Element block = blockOf(textNode, content);
                if (lastBlock[0] != null && block != lastBlock[0]) {
                    text.append('\n');   // never a term character: nothing matches across blocks
                }
                lastBlock[0] = block;
                pieces.add(new Piece(textNode, text.length(), isLinkable(textNode, content)));
                text.append(textNode.getWholeText());
            }
        }, content);
        List<Occurrence> found = new ArrayList<>();
        int piece = 0;
        for (TermAutomaton.Hit hit : hits(text.toString(), remember)) {
            while (piece + 1 < pieces.size() && pieces.get(piece + 1).start() <= hit.start()) {
                piece++;
            }
            Piece at = pieces.get(piece);
            int end = at.start() + at.node().getWholeText().length();
            if (at.linkable() && hit.end() <= end && hit.term() != ownTerm) {
                found.add(new Occurrence(at.node(), hit.start() - at.start(), hit.end() - at.start(), hit.term()));
            }
        }
        return found;
    }

    private List<TermAutomaton.Hit> hits(String text, boolean remember) {
        Fingerprint fingerprint = Fingerprint.of(text);
        if (!remember) {
            List<TermAutomaton.Hit> known = remembered.remove(fingerprint);
            if (known != null) {
                return known;
            }
        }
        List<TermAutomaton.Hit> hits = matcher.find(text);
        if (remember) {
            remembered.put(fingerprint, hits);
        }
        return hits;
    }

    /**
     * A text's length and two independent 32-bit hashes: equal for equal texts, and for different
     * texts about 2<sup>-64</sup> likely to be equal, where comparing the texts themselves would mean
     * keeping every page's text between the two scans (a hundred MB on a 10,000-page site).
     */
    private record Fingerprint(int length, int hash, int otherHash) {
        static Fingerprint of(String text) {
            int other = 0x811C9DC5;
            for (int i = 0; i < text.length(); i++) {
                other = (other ^ text.charAt(i)) * 0x01000193; // FNV-1a over the UTF-16 units
            }
            return new Fingerprint(text.length(), text.hashCode(), other);
        }
    }

    private static boolean isLinkable(Node node, Element content) {
        for (Element parent = (Element) node.parent(); parent != null && parent != content.parent();
             parent = parent.parent()) {
            if (SKIPPED_TAGS.contains(parent.normalName()) || parent.hasAttr(NO_GLOSSARY)
                    || parent.hasClass(TermLinks.WRAPPER_CLASS)) {
                return false;
            }
        }
        return true;
    }

    private static Element blockOf(TextNode node, Element content) {
        for (Element parent = (Element) node.parent(); parent != null; parent = parent.parent()) {
            if (parent == content || parent.isBlock()) {
                return parent;
            }
        }
        return content;
    }
}
