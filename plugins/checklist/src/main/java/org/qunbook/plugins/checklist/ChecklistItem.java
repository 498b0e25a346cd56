package org.qunbook.plugins.checklist;

import org.jsoup.nodes.Element;

/**
 * One task item of a checklist.
 *
 * @param id      stable id: a hash of the normalised text (see {@link ItemIds})
 * @param text    the item's text, whitespace collapsed
 * @param checked ticked as authored ({@code - [x]})
 * @param line    Markdown body line of the item, 0 when unknown
 * @param element the {@code <li>} in the page content
 */
record ChecklistItem(String id, String text, boolean checked, int line, Element element) {
}
