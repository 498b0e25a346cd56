package org.qunbook.transform;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/**
 * Gives every h2–h4 a visible permalink ({@code #}) and reads the table of contents. Ids come from
 * the parse stage (they keep Chinese text: {@code #找准社群定位}).
 */
final class HeadingAnchors {

    private static final Evaluator ANCHORED_HEADINGS = QueryParser.parse("h2[id], h3[id], h4[id]");
    private static final Evaluator ANCHOR = QueryParser.parse("a.heading-anchor");

    private final String permalinkLabel;

    HeadingAnchors(String permalinkLabel) {
        this.permalinkLabel = permalinkLabel;
    }

    List<TocEntry> apply(Element content) {
        List<TocEntry> toc = new ArrayList<>();
        for (Element heading : content.select(ANCHORED_HEADINGS)) {
            String id = heading.id();
            if (id.isEmpty()) {
                continue;
            }
            int level = heading.tagName().charAt(1) - '0';
            if (level <= 3) {
                toc.add(new TocEntry(level, id, heading.text()));
            }
            if (heading.selectFirst(ANCHOR) == null) {
                heading.appendElement("a").addClass("heading-anchor").attr("href", "#" + id)
                        .attr("aria-label", permalinkLabel + ": " + heading.text()).text("#");
            }
        }
        return toc;
    }
}
