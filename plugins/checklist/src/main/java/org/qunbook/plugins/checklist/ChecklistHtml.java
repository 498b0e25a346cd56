package org.qunbook.plugins.checklist;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Turns a flexmark task list into the checklist markup the browser script drives:
 *
 * <pre>
 * &lt;div class="checklist" data-checklist-id data-page data-title&gt;
 *   &lt;div class="checklist-progress"&gt;&lt;progress&gt; &lt;span class="checklist-count" aria-live="polite"&gt;0 / 7&lt;/span&gt;&lt;/div&gt;
 *   &lt;ul class="checklist-items"&gt;&lt;li class="checklist-item" data-item-id&gt;&lt;label&gt;&lt;input type="checkbox" disabled&gt; text&lt;/label&gt;&lt;/li&gt;…
 * </pre>
 *
 * The checkboxes stay disabled (showing the ticks as authored) until the script enables them,
 * so without JavaScript the page is a readable static checklist.
 */
final class ChecklistHtml {

    private ChecklistHtml() {
    }

    /** Replaces the checklist's list in place with the checklist markup; returns the new element. */
    static Element render(Checklist checklist, String pageUrl) {
        Element list = checklist.list();
        Element box = new Element("div").addClass("checklist")
                .attr("data-checklist-id", checklist.id())
                .attr("data-page", pageUrl)
                .attr("data-title", checklist.title());
        long ticked = checklist.items().stream().filter(ChecklistItem::checked).count();
        appendProgress(box, ticked, checklist.items().size());
        Element items = box.appendElement(list.tagName()).addClass("checklist-items");
        if (list.hasAttr("start")) {
            items.attr("start", list.attr("start"));
        }
        int next = 0;
        for (Element li : new ArrayList<>(list.children())) {
            if (next < checklist.items().size() && checklist.items().get(next).element() == li) {
                items.appendChild(item(checklist.items().get(next++)));
            } else {
                items.appendChild(li);
            }
        }
        list.replaceWith(box);
        return box;
    }

    /** A progress bar with its text ("3 / 7") in a polite live region; the script keeps both current. */
    static Element appendProgress(Element parent, long done, int total) {
        Element progress = parent.appendElement("div").addClass("checklist-progress");
        progress.appendElement("progress").attr("max", String.valueOf(total)).attr("value", String.valueOf(done));
        progress.appendText(" ");
        progress.appendElement("span").addClass("checklist-count").attr("aria-live", "polite")
                .text(done + " / " + total);
        return progress;
    }

    private static Element item(ChecklistItem item) {
        Element source = item.element();
        Element li = new Element("li").addClass("checklist-item").attr("data-item-id", item.id());
        if (source.hasAttr("data-source-line")) {
            li.attr("data-source-line", source.attr("data-source-line"));
        }
        Element label = li.appendElement("label");
        Element checkbox = label.appendElement("input").attr("type", "checkbox").attr("disabled", true);
        if (item.checked()) {
            checkbox.attr("checked", true);
        }
        label.appendText(" ");
        boolean firstParagraph = true;
        for (Node node : new ArrayList<>(source.childNodes())) {
            if (node instanceof Element element && (element.nameIs("ul") || element.nameIs("ol"))) {
                li.appendChild(element);    // nested lists stay under the item, outside its label
            } else if (node instanceof Element element && element.nameIs("p")) {
                // A label holds phrasing content only: the paragraphs of a loose list are unwrapped.
                if (!firstParagraph) {
                    label.appendText(" ");
                }
                firstParagraph = false;
                for (Node inline : new ArrayList<>(element.childNodes())) {
                    appendInline(label, inline);
                }
            } else {
                appendInline(label, node);
            }
        }
        trimAfterCheckbox(label);
        wrapText(label);
        return li;
    }

    /**
     * Puts the item's text in one span: the label lays the box and the text out side by side
     * (flex), and without the span every link or emphasis inside the text would become a flex item
     * of its own, with gaps around it.
     */
    private static void wrapText(Element label) {
        Element text = new Element("span").addClass("checklist-text");
        List<Node> nodes = new ArrayList<>(label.childNodes());
        for (Node node : nodes.subList(1, nodes.size())) {
            text.appendChild(node);
        }
        if (text.childNodeSize() > 0 && text.childNode(0) instanceof TextNode first) {
            first.text(first.getWholeText().stripLeading());
        }
        label.appendChild(text);
    }

    private static void appendInline(Element label, Node node) {
        if (node instanceof Element element && element.hasClass("task-list-item-checkbox")) {
            return;
        }
        label.appendChild(node);
    }

    /** flexmark writes "&amp;nbsp;" after the box; one plain space is enough. */
    private static void trimAfterCheckbox(Element label) {
        Node first = label.childNode(1);
        if (first instanceof TextNode space) {
            StringBuilder rest = new StringBuilder();
            Node next = space.nextSibling();
            while (next instanceof TextNode text) {
                rest.append(text.getWholeText());
                Node after = next.nextSibling();
                next.remove();
                next = after;
            }
            space.text(" " + rest.toString().replaceFirst("^[\\s\\u00a0]+", ""));
        }
    }
}
