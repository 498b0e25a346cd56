/**
 * The transform stage: plugin transforms and the core's HTML work on each page's jsoup content
 * (links, anchors, admonitions, CJK line breaks), producing
 * {@link org.qunbook.transform.TransformedPage}s, each holding its content's handle for the render stage
 * to take.
 */
package org.qunbook.transform;
