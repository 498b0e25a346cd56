/** {@code qunbook new}: a page of a content type from its archetype, with a readable file name. */
package org.qunbook.archetype;
