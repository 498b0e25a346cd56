package org.qunbook.plugins.scripts;

/**
 * One fill-in variable declared in a template's front matter.
 *
 * @param name         what placeholders write between the braces: {@code {{品牌名}}}
 * @param label        what the form shows
 * @param defaultValue prefilled value, {@code ""} when none
 * @param example      shown as the input's placeholder, {@code ""} when none
 * @param description  a hint under the input, {@code ""} when none
 * @param required     marked as required in the form
 */
record Variable(String name, String label, String defaultValue, String example, String description,
                boolean required) {
}
