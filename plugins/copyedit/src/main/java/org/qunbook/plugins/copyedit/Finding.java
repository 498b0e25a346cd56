package org.qunbook.plugins.copyedit;

/**
 * Something a rule would change in a piece of prose.
 *
 * @param rule    the rule
 * @param offset  where, in the original piece
 * @param message the problem's text, ending in {@code [rule-id]}
 * @param fixable whether the piece's fix repairs it
 */
record Finding(TextRule rule, int offset, String message, boolean fixable) {
}
