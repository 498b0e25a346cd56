/**
 * The parse stage: Markdown → HTML (flexmark, with the built-in extensions, CJK-friendly
 * emphasis and plugin syntax) → one jsoup document per page. Two of flexmark's extensions are
 * wrapped so that they are asked only where they can match ({@code QuickAdmonitionExtension},
 * {@code QuickAutolinkExtension}): the same HTML, for a measured share of the parse stage.
 */
package org.qunbook.parse;
