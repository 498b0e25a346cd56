package org.qunbook.plugins.glossary;

import java.util.List;
import org.qunbook.api.PageView;

/**
 * One glossary term, read from its page's front matter.
 *
 * @param id       stable id for element ids ({@code siyu-liuliang}), from the page URL
 * @param term     the term as written ({@code 私域流量})
 * @param aliases  other spellings: Traditional, English, abbreviations
 * @param summary  one-sentence definition, shown in tooltips and on the index
 * @param page     the term's page
 */
record Term(String id, String term, List<String> aliases, String summary, PageView page) {

    Term {
        aliases = List.copyOf(aliases);
    }

    String url() {
        return page.url();
    }
}
