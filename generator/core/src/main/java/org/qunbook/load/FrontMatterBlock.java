package org.qunbook.load;

/**
 * A Markdown file split at its front matter fences.
 *
 * @param yaml          the text between the {@code ---} lines
 * @param yamlFirstLine file line of the first YAML line
 * @param body          the Markdown after the closing fence
 * @param bodyFirstLine file line of the first body line
 */
public record FrontMatterBlock(String yaml, int yamlFirstLine, String body, int bodyFirstLine) {
}
