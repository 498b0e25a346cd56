/**
 * {@code qunbook fix}: applies the {@link org.qunbook.api.Fix}es that plugins attach to their
 * problems to the Markdown files, touching nothing else (front matter, line endings, byte-order
 * mark), and shows each change as a unified diff.
 */
package org.qunbook.fix;
