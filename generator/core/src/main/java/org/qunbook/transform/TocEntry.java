package org.qunbook.transform;

/**
 * One heading of a page's on-page table of contents.
 *
 * @param level 2 or 3
 * @param id    the heading's id (its anchor, without {@code #})
 * @param text  the heading text
 */
public record TocEntry(int level, String id, String text) {
}
