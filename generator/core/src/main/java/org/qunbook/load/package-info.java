/**
 * The load stage: content folder → {@link org.qunbook.load.SourcePage}s with checked front
 * matter and decided URLs, plus static files to copy and the folder's git history (dates, last
 * authors, recent changes). Draft pages are left out unless the build includes them
 * ({@code --drafts}, and always under {@code serve}).
 */
package org.qunbook.load;
