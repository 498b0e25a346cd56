package org.qunbook.render;

import java.util.ArrayList;
import java.util.Comparator;
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
    }

    List<NavSectionModel> nav() {
        List<NavSectionModel> nav = new ArrayList<>();
        for (String section : sectionOrder) {
            Page index = sectionPages.get(section);
            nav.add(new NavSectionModel(sectionTitle(section), index == null ? "" : SiteLinks.encodePath(index.url()),
                    section, links(sectionMembers.getOrDefault(section, List.of()))));
        }
        List<Page> rootPages = sectionMembers.getOrDefault("", List.of());
        if (!rootPages.isEmpty()) {
            nav.add(new NavSectionModel("", "", "", links(rootPages)));
        }
        return nav;
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
        int index = members.indexOf(page);
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

    /** Tags in pinyin order, each with its pages in reading order. */
    Map<String, List<Page>> tags(List<Page> pages) {
        Map<String, List<Page>> tags = new TreeMap<>(pinyin);
        for (Page page : pages) {
            for (String tag : page.tags()) {
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
