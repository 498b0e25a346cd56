/**
 * Text services the core shares with plugins: {@link org.qunbook.text.PinyinOrder}, the
 * {@link org.qunbook.api.HanziOrder} behind sidebars, tag lists, the review page, new page file
 * names and plugins' A-Z lists.
 */
package org.qunbook.text;
