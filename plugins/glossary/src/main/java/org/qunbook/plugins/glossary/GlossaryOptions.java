package org.qunbook.plugins.glossary;

/**
 * The plugin's options in {@code qunbook.yml}.
 *
 * @param folder section folder holding one page per term (default {@code glossary})
 * @param link   {@code first}: link the first occurrence of each term on a page (default);
 *               {@code every}: link every occurrence
 */
public record GlossaryOptions(String folder, String link) {

    public GlossaryOptions {
        folder = folder == null || folder.isBlank() ? "glossary" : folder.strip().replaceAll("^/+|/+$", "");
        link = link == null ? "first" : link.strip();
        if (!link.equals("first") && !link.equals("every")) {
            throw new IllegalArgumentException("option 'link' must be 'first' or 'every', not '" + link + "'");
        }
    }

    boolean linkEvery() {
        return link.equals("every");
    }
}
