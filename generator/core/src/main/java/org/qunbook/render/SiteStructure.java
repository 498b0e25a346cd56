package org.qunbook.render;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.qunbook.api.HanziOrder;
import org.qunbook.config.ContentType;
import org.qunbook.config.SiteConfig;
import org.qunbook.site.Page;
import org.qunbook.site.SiteLinks;

/**
 * The site's reading order: sections and their pages sorted by {@code weight}, then by title in
 * pinyin order; from it the sidebar, breadcrumbs, previous/next links and tag lists.
 */
final class SiteStructure {

    private final SiteConfig config;
    private final Comparator<Page> readingOrder;
    private final Map<String, Page> sectionPages = new LinkedHashMap<>();
    private final Map<String, List<Page>> sectionMembers = new LinkedHashMap<>();
    private final List<String> sectionOrder;
    private final HanziOrder pinyin;
    /**
     * Each member page's position in its section, by URL, so previous/next and the sidebar window are
     * O(1), also for a page re-made after an edit ({@code serve}'s quick render) with the same URL.
     */
    private final Map<String, Integer> positions = new HashMap<>();
    private final Map<String, List<LinkModel>> sectionLinks = new HashMap<>();
    private final List<NavSectionModel> nav;

    SiteStructure(List<Page> pages, SiteConfig config, HanziOrder pinyin) {
        this.config = config;
        this.pinyin = pinyin;
        this.readingOrder = Comparator.comparingLong(Page::weight)
                .thenComparing(Page::title, pinyin).thenComparing(Page::url);
        for (Page page : pages) {
            if (page.url().isEmpty()) {
                continue;
            }
            String section = page.section();
            if (page.isSection() && page.url().equals(section + "/")) {
                sectionPages.put(section, page);
            } else {
                sectionMembers.computeIfAbsent(section, s -> new ArrayList<>()).add(page);
            }
        }
        sectionMembers.values().forEach(list -> list.sort(readingOrder));
        List<String> sections = new ArrayList<>(sectionPages.keySet());
        sectionMembers.keySet().stream().filter(s -> !s.isEmpty() && !sections.contains(s)).forEach(sections::add);
        sections.sort(Comparator.comparingLong((String s) -> sectionPages.containsKey(s)
                        ? sectionPages.get(s).weight() : Long.MAX_VALUE)
                .thenComparing(this::sectionTitle, pinyin));
        this.sectionOrder = List.copyOf(sections);
        sectionMembers.forEach((section, members) -> {
            for (int i = 0; i < members.size(); i++) {
                positions.put(members.get(i).url(), i);
            }
            sectionLinks.put(section, links(members));
        });
        List<NavSectionModel> all = new ArrayList<>();
        for (String section : navSections()) {
            List<LinkModel> links = sectionLinks.getOrDefault(section, List.of());
            // sidebar.link_only: the section is one entry (its link and page count), e.g. a glossary
            // whose forty terms would bury the rest of the sidebar.
            boolean linkOnly = !section.isEmpty() && config.options().sidebarLinkOnly().contains(section);
            all.add(new NavSectionModel(section.isEmpty() ? "" : sectionTitle(section), sectionUrl(section), section,
                    linkOnly ? List.of() : links, links.size(), false));
        }
        this.nav = List.copyOf(all);
    }

    /** Every section with every page: {@code site.nav}, for the home page and themes that want it all. */
    List<NavSectionModel> nav() {
        return nav;
    }

    /**
     * The sidebar of one page ({@code nav} in templates). A site of at most {@link #NAV_EXPAND_ALL}
     * pages lists them all. A larger one lists pages only for the page's own section, and at most
     * {@link #NAV_WINDOW} of them around the page: listing every page on every page would make the
     * build and the output grow with the square of the page count (1,000 pages: a million links).
     * Other sections show their title and page count, like Docusaurus's collapsed categories.
     */
    List<NavSectionModel> navFor(Optional<Page> page) {
        String own = page.filter(p -> !p.url().isEmpty()).map(Page::section).orElse(null);
        boolean expandAll = positions.size() <= NAV_EXPAND_ALL;
        List<NavSectionModel> sidebar = new ArrayList<>(nav.size());
        for (NavSectionModel section : nav) {
            boolean current = section.name().equals(own);
            List<LinkModel> shown = List.of();
            if (expandAll) {
                shown = section.pages();
            } else if (current || section.name().isEmpty()) {
                shown = window(section.pages(), page.map(p -> positions.get(p.url())).filter(i -> current).orElse(0));
            }
            sidebar.add(new NavSectionModel(section.title(), section.url(), section.name(), shown, section.total(),
                    current));
        }
        return sidebar;
    }

    /** Sites with at most this many pages (sections not counted) list every page in every sidebar. */
    static final int NAV_EXPAND_ALL = 120;

    /** Otherwise the sidebar shows at most this many pages of a section. */
    static final int NAV_WINDOW = 50;

    private static List<LinkModel> window(List<LinkModel> links, int around) {
        if (links.size() <= NAV_WINDOW) {
            return links;
        }
        int from = Math.max(0, Math.min(around - NAV_WINDOW / 2, links.size() - NAV_WINDOW));
        return links.subList(from, from + NAV_WINDOW);
    }

    private List<String> navSections() {
        List<String> sections = new ArrayList<>(sectionOrder);
        if (!sectionMembers.getOrDefault("", List.of()).isEmpty()) {
            sections.add("");
        }
        return sections;
    }

    private String sectionUrl(String section) {
        Page index = sectionPages.get(section);
        return index == null ? "" : SiteLinks.encodePath(index.url());
    }

    String sectionTitle(String section) {
        Page index = sectionPages.get(section);
        if (index != null) {
            return index.title();
        }
        return config.typeForFolder(section).map(ContentType::label).orElse(section);
    }

    List<Page> members(String section) {
        return sectionMembers.getOrDefault(section, List.of());
    }

    /** Home's children: the section pages in order. */
    List<Page> sections() {
        return sectionOrder.stream().map(sectionPages::get).filter(p -> p != null).toList();
    }

    Optional<Page> neighbour(Page page, int offset) {
        if (page.isSection() || page.url().isEmpty()) {
            return Optional.empty();
        }
        List<Page> members = members(page.section());
        int index = positions.getOrDefault(page.url(), -1);
        int other = index + offset;
        return index < 0 || other < 0 || other >= members.size() ? Optional.empty() : Optional.of(members.get(other));
    }

    List<LinkModel> breadcrumbs(Page page, String homeTitle) {
        List<LinkModel> crumbs = new ArrayList<>();
        if (page.url().isEmpty()) {
            return crumbs;
        }
        crumbs.add(new LinkModel(homeTitle, ""));
        Page index = sectionPages.get(page.section());
        if (index != null && index != page) {
            crumbs.add(new LinkModel(index.title(), SiteLinks.encodePath(index.url())));
        }
        return crumbs;
    }

    /** Tags ({@link TagNames#canonical}) in pinyin order, each with its pages in reading order. */
    Map<String, List<Page>> tags(List<Page> pages) {
        Map<String, List<Page>> tags = new TreeMap<>(pinyin);
        for (Page page : pages) {
            for (String tag : new java.util.LinkedHashSet<>(page.tags().stream().map(TagNames::canonical).toList())) {
                tags.computeIfAbsent(tag, t -> new ArrayList<>()).add(page);
            }
        }
        tags.values().forEach(list -> list.sort(readingOrder));
        return tags;
    }

    private static List<LinkModel> links(List<Page> pages) {
        return pages.stream().map(p -> new LinkModel(p.title(), SiteLinks.encodePath(p.url()))).toList();
    }
}
