package org.qunbook.parse;

/**
 * Something the HTML policy took out of a page's Markdown.
 *
 * @param bodyLine 1-based line within the page's body
 * @param column   1-based column, 0 when unknown
 * @param what     what was removed, as the writer would recognise it ({@code <script> element})
 */
public record HtmlRemoval(int bodyLine, int column, String what) {
}
