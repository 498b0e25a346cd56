/**
 * The parse stage: Markdown → HTML (flexmark, with the built-in extensions, CJK-friendly
 * emphasis and plugin syntax) → one jsoup document per page.
 */
package org.qunbook.parse;
