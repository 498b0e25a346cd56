package org.qunbook.plugins.glossary;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.qunbook.api.HanziOrder;
import org.qunbook.api.PageInfo;
import org.qunbook.api.PageView;
import org.qunbook.api.Problem;
import org.qunbook.api.SiteContext;
import org.qunbook.api.SourcePosition;

/**
 * The site's terms, read from the term pages, with the matcher over all their spellings.
 * Conflicting spellings are reported here; the first page (by URL) keeps a conflicting spelling.
 */
final class Glossary {

    /** Who owns a folded spelling, for conflict messages. */
    private record Owner(Term term, String written, boolean isAlias, SourcePosition at) {
    }

    /** Front matter keys of a term page (besides {@code term} and {@code aliases}). */
    static final String AUTOLINK = "autolink";
    static final String NOT_IN = "not_in";

    private final List<Term> terms;
    private final Map<String, Term> byUrl;
    private final TermOccurrences occurrences;
    private final Set<Term> conflicting;

    private Glossary(List<Term> terms, TermOccurrences occurrences, Set<Term> conflicting) {
        this.terms = List.copyOf(terms);
        this.conflicting = Set.copyOf(conflicting);
        this.occurrences = occurrences;
        this.byUrl = new HashMap<>();
        terms.forEach(term -> byUrl.put(term.url(), term));
    }

    /** Reads the term pages in {@code folder} (not its section page), reporting conflicts. */
    static Glossary read(SiteContext context, String folder, Spelling spelling) {
        List<Term> terms = new ArrayList<>();
        for (PageInfo page : context.pages()) {
            if (page.section().equals(folder) && !page.isSection() && !page.isGenerated()) {
                String term = page.frontMatter().findString("term").orElse(page.title()).strip();
                if (!term.isEmpty()) {
                    List<String> aliases = page.frontMatter().strings("aliases");
                    terms.add(new Term(idOf(page, term, context.text().pinyin()), term, aliases, page.summary(), page,
                            autolink(page, context), notIn(page, term, aliases, spelling, context)));
                }
            }
        }
        Map<String, Owner> owners = new LinkedHashMap<>();
        Set<Term> conflicting = new java.util.HashSet<>();
        for (Term term : terms) {
            claim(owners, spelling, new Owner(term, term.term(), false, term.page().frontMatter().positionOf("term")),
                    context, conflicting);
        }
        for (Term term : terms) {
            SourcePosition at = term.page().frontMatter().positionOf("aliases");
            for (String alias : new LinkedHashSet<>(term.aliases())) {
                if (!alias.isBlank()) {
                    claim(owners, spelling, new Owner(term, alias.strip(), true, at), context, conflicting);
                }
            }
        }
        Map<String, Term> keys = new LinkedHashMap<>();
        owners.forEach((key, owner) -> keys.put(key, owner.term()));
        terms.sort((a, b) -> context.text().pinyin().compare(a.term(), b.term()));
        return new Glossary(terms, new TermOccurrences(new TermMatcher(spelling, keys)), conflicting);
    }

    /** {@code autolink:} true unless the page says false; anything else is reported. */
    private static boolean autolink(PageInfo page, SiteContext context) {
        Object value = page.frontMatter().find(AUTOLINK).orElse(Boolean.TRUE);
        if (value instanceof Boolean linked) {
            return linked;
        }
        context.report(Problem.error(page.frontMatter().positionOf(AUTOLINK),
                AUTOLINK + " must be true or false, not '" + value + "'"));
        return true;
    }

    /**
     * The {@code not_in:} words: each must contain the term or an alias and be longer, else it
     * could never apply (or would unlink the term everywhere, which is {@code autolink: false}).
     */
    private static List<String> notIn(PageInfo page, String term, List<String> aliases, Spelling spelling,
                                      SiteContext context) {
        List<String> spellings = new ArrayList<>();
        spellings.add(spelling.fold(term));
        aliases.stream().filter(a -> !a.isBlank()).forEach(a -> spellings.add(spelling.fold(a.strip())));
        List<String> words = new ArrayList<>();
        for (String word : page.frontMatter().strings(NOT_IN)) {
            String folded = spelling.fold(word.strip());
            if (folded.isEmpty()) {
                continue;
            }
            String problem = null;
            if (spellings.contains(folded)) {
                problem = NOT_IN + " word '" + word.strip() + "' is the term itself; to stop linking the term, set "
                        + AUTOLINK + ": false";
            } else if (spellings.stream().noneMatch(folded::contains)) {
                problem = NOT_IN + " word '" + word.strip() + "' does not contain '" + term
                        + "' or one of its aliases, so it never applies";
            }
            if (problem != null) {
                context.report(Problem.error(page.frontMatter().positionOf(NOT_IN), problem));
            } else {
                words.add(word.strip());
            }
        }
        return words;
    }

    private static void claim(Map<String, Owner> owners, Spelling spelling, Owner claimant, SiteContext context,
                              Set<Term> conflicting) {
        String key = spelling.fold(claimant.written());
        Owner owner = owners.putIfAbsent(key, claimant);
        if (owner == null || owner.term() == claimant.term()) {
            return;
        }
        String where = owner.at().file() + ":" + owner.at().line();
        String message;
        if (!claimant.isAlias()) {
            message = "term '" + claimant.written() + "' is also defined in " + where
                    + (owner.isAlias() ? " (as an alias of '" + owner.term().term() + "')" : "");
        } else if (!owner.isAlias()) {
            message = "alias '" + claimant.written() + "' equals the term '" + owner.written() + "' defined in " + where;
        } else {
            message = "alias '" + claimant.written() + "' is also an alias of '" + owner.term().term() + "' in " + where;
        }
        context.report(Problem.error(claimant.at(), message));
        conflicting.add(claimant.term());
    }

    /** An id usable in element ids: the page's URL slug when it is plain ASCII, else the term's pinyin. */
    private static String idOf(PageInfo page, String term, HanziOrder pinyin) {
        String url = page.url().replaceAll("/+$", "");
        String slug = url.substring(url.lastIndexOf('/') + 1).toLowerCase(java.util.Locale.ROOT);
        if (!slug.matches("[a-z0-9][a-z0-9-]*")) {
            slug = pinyin.romanize(term, "-").toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9-]", "");
        }
        return slug.isEmpty() ? "term" : slug;
    }

    List<Term> terms() {
        return terms;
    }

    /** True when one of the term's spellings was reported as a conflict (so "unused" would be noise). */
    boolean hasConflict(Term term) {
        return conflicting.contains(term);
    }

    boolean isEmpty() {
        return terms.isEmpty();
    }

    Optional<Term> termOf(PageInfo page) {
        return Optional.ofNullable(byUrl.get(page.url()));
    }

    /**
     * Occurrences to link on {@code page}: not the page's own term, nor terms with
     * {@code autolink: false} (which still hide the shorter terms inside them, as when they linked).
     */
    List<TermOccurrences.Occurrence> occurrencesOn(PageInfo page, org.jsoup.nodes.Element content) {
        return occurrences.find(content, termOf(page).orElse(null), false).stream()
                .filter(occurrence -> occurrence.term().autolink()).toList();
    }

    /**
     * Terms that occur (linkably, but for {@code autolink: false}) on {@code page}; its matches are kept for
     * {@link #occurrencesOn}, which takes them if the page's text is still the same then.
     */
    Set<Term> termsUsedOn(PageView page) {
        Set<Term> used = new LinkedHashSet<>();
        occurrences.find(page.content(), termOf(page).orElse(null), true).forEach(o -> used.add(o.term()));
        return used;
    }
}
