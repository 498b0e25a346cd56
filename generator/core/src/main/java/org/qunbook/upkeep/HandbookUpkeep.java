package org.qunbook.upkeep;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.qunbook.api.HanziOrder;
import org.qunbook.api.Problem;
import org.qunbook.api.ProblemReporter;
import org.qunbook.config.ContentType;
import org.qunbook.config.ReviewInterval;
import org.qunbook.config.UpkeepSettings;
import org.qunbook.load.GitCommit;
import org.qunbook.load.GitDates;
import org.qunbook.load.SourcePage;
import org.qunbook.site.Page;
import org.qunbook.site.SiteLinks;

/**
 * Owners, review dates, edit links and git authors of the pages of one build, and the models of
 * the review and "recent changes" pages.
 */
public final class HandbookUpkeep {

    private final UpkeepSettings settings;
    private final GitDates history;

    public HandbookUpkeep(UpkeepSettings settings, GitDates history) {
        this.settings = settings;
        this.history = history;
    }

    /** The upkeep line of a page built from a file; empty for generated pages. */
    public Optional<PageUpkeep> of(Page page) {
        return page.source().map(this::of);
    }

    PageUpkeep of(SourcePage source) {
        Optional<ReviewInterval> every = interval(source);
        Optional<LocalDate> reviewed = reviewed(source);
        String next = reviewed.flatMap(r -> every.map(e -> e.after(r).toString())).orElse("");
        String author = history.lastAuthor(source.relativePath());
        // Front matter `updated` wins over git for the date; the author is git's only when the date is too.
        boolean dateFromGit = source.frontMatter().findString("updated").isEmpty();
        return new PageUpkeep(source.frontMatter().findString("owner").orElse(""),
                reviewed.map(LocalDate::toString).orElse(""), every.map(ReviewInterval::toString).orElse(""), next,
                settings.repoUrl().map(repo -> repo + settings.editPath()
                        + SiteLinks.encodePath(source.relativePath())).orElse(""),
                dateFromGit && author != null ? author : "");
    }

    /** The page's own {@code review_every}, else its type's, else the site's. */
    private Optional<ReviewInterval> interval(SourcePage source) {
        return source.frontMatter().findString("review_every").flatMap(ReviewInterval::parse)
                .or(() -> settings.reviewEvery(source.typeName()));
    }

    private static Optional<LocalDate> reviewed(SourcePage source) {
        try {
            return source.frontMatter().findString("reviewed").map(s -> s.length() > 10 ? s.substring(0, 10) : s)
                    .map(LocalDate::parse);
        } catch (DateTimeParseException e) {
            return Optional.empty(); // the schema has reported it
        }
    }

    /**
     * {@code check}'s warnings: one per page whose next review is before {@code today}, at its
     * {@code reviewed} line.
     */
    public void reportOverdue(List<SourcePage> pages, LocalDate today, ProblemReporter problems) {
        pages.stream().sorted(Comparator.comparing(SourcePage::relativePath)).forEach(source -> {
            Optional<ReviewInterval> every = interval(source);
            Optional<LocalDate> reviewed = reviewed(source);
            if (every.isEmpty() || reviewed.isEmpty()) {
                return;
            }
            LocalDate due = every.get().after(reviewed.get());
            if (due.isBefore(today)) {
                String owner = source.frontMatter().findString("owner").map(o -> "; owner " + o).orElse("");
                problems.report(Problem.warning(source.frontMatter().positionOf("reviewed"), "review overdue by "
                        + ChronoUnit.DAYS.between(due, today) + " days (reviewed " + reviewed.get() + ", every "
                        + every.get().describe() + owner + ")"));
            }
        });
    }

    /** Every page built from a file, by owner (pages without one last), then by title, for the review page. */
    public List<ReviewRow> reviewRows(List<Page> pages, HanziOrder pinyin) {
        List<ReviewRow> rows = new ArrayList<>();
        for (Page page : pages) {
            if (page.source().isEmpty() || page.isDraft()) {
                continue;
            }
            PageUpkeep upkeep = of(page.source().get());
            rows.add(new ReviewRow(page.title(), SiteLinks.encodePath(page.url()),
                    page.contentType().map(ContentType::label).orElse(""), upkeep.owner(), upkeep.reviewed(),
                    upkeep.nextReview()));
        }
        rows.sort(Comparator.comparing((ReviewRow r) -> r.owner().isEmpty())
                .thenComparing(ReviewRow::owner, pinyin).thenComparing(ReviewRow::title, pinyin)
                .thenComparing(ReviewRow::url));
        return rows;
    }

    /** The latest content commits, newest first, with the pages they changed. */
    public List<ChangeEntry> changes(List<Page> pages) {
        Map<String, Page> byFile = new HashMap<>();
        for (Page page : pages) {
            page.source().filter(s -> !s.draft()).ifPresent(s -> byFile.put(s.relativePath(), page));
        }
        List<ChangeEntry> entries = new ArrayList<>();
        for (GitCommit commit : history.recentCommits()) {
            List<ChangeEntry.ChangedPage> changed = new ArrayList<>();
            List<String> other = new ArrayList<>();
            for (String file : commit.files()) {
                Page page = byFile.get(file);
                if (page != null) {
                    changed.add(new ChangeEntry.ChangedPage(page.title(), SiteLinks.encodePath(page.url())));
                } else {
                    other.add(file);
                }
            }
            entries.add(new ChangeEntry(commit.hash(), commit.hash().substring(0, Math.min(7, commit.hash().length())),
                    commit.date().toString(), commit.author(), commit.subject(), changed, other));
        }
        return entries;
    }
}
