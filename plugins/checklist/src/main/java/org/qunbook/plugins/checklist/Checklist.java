package org.qunbook.plugins.checklist;

import java.util.List;
import org.jsoup.nodes.Element;

/**
 * One checklist of a page: a task list with the id of the heading or container introducing it.
 *
 * @param id        checklist id, unique within the page
 * @param title     heading text, container title, or the page title
 * @param line      Markdown body line of its first item, 0 when unknown
 * @param list      the {@code <ul>}/{@code <ol>} in the page content
 * @param container the {@code ::: checklist} container around it, or null
 * @param items     its task items in document order
 */
record Checklist(String id, String title, int line, Element list, Element container, List<ChecklistItem> items) {

    Checklist {
        items = List.copyOf(items);
    }
}
