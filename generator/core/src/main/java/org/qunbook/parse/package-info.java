/**
 * The parse stage: Markdown → HTML (flexmark, with the built-in extensions, CJK-friendly
 * emphasis and plugin syntax) → one jsoup document per page. Two of flexmark's extensions are
 * wrapped so that they are asked only where they can match ({@code QuickAdmonitionExtension},
 * {@code QuickAutolinkExtension}): the same HTML, for a measured share of the parse stage.
 * {@link org.qunbook.parse.ParseStage} runs it over every page on deep-stack threads.
 */
package org.qunbook.parse;
