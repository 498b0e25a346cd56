/**
 * The load stage: content folder → {@link org.qunbook.load.SourcePage}s with checked front
 * matter and decided URLs, plus static files to copy.
 */
package org.qunbook.load;
