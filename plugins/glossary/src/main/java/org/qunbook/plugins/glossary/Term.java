package org.qunbook.plugins.glossary;

import java.util.List;
import org.qunbook.api.PageInfo;

/**
 * One glossary term, read from its page's front matter.
 *
 * @param id       stable id for element ids ({@code siyu-liuliang}), from the page URL
 * @param term     the term as written ({@code 私域流量})
 * @param aliases  other spellings: Traditional, English, abbreviations
 * @param summary  one-sentence definition, shown in tooltips and on the index
 * @param page     the term's page
 * @param autolink whether occurrences in other pages' text become links ({@code autolink: false}
 *                 for a term so common that linking it is noise, like 社群 in a 社群 handbook)
 * @param notIn    longer words that contain the term but are not it ({@code 产品生命周期} for
 *                 {@code 生命周期}): an occurrence inside one of them is not the term's
 */
record Term(String id, String term, List<String> aliases, String summary, PageInfo page, boolean autolink,
            List<String> notIn) {

    Term {
        aliases = List.copyOf(aliases);
        notIn = List.copyOf(notIn);
    }

    /** A term linked everywhere it occurs, with no exclusions. */
    Term(String id, String term, List<String> aliases, String summary, PageInfo page) {
        this(id, term, aliases, summary, page, true, List.of());
    }

    String url() {
        return page.url();
    }
}
