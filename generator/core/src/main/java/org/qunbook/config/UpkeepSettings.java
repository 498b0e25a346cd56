package org.qunbook.config;

import java.util.Map;
import java.util.Optional;

/**
 * What keeps the handbook maintained: review schedules, links to each page's source, the print
 * page, offline reading ({@code review:}, {@code repo_url}, {@code edit_path}, {@code print:},
 * {@code offline:} in {@code qunbook.yml}).
 *
 * @param reviewEvery  the site's default review interval, if any
 * @param reviewByType review intervals per content type name, over the site default
 * @param reviewPage   write the generated review page {@code review/}
 * @param repoUrl      the repository's web address ({@code https://github.com/org/handbook}), if any
 * @param editPath     what follows {@code repoUrl} before a page's path relative to the content folder
 *                     ({@code edit/main/content/})
 * @param printPage    write the generated print page {@code print/}
 * @param reviewStrict overdue reviews fail {@code check --strict} ({@code review.strict}); by default they
 *                     are warnings that {@code --strict} does not count, so CI does not start failing
 *                     merely because time passed
 * @param offline      offline reading: web app manifest, service worker, "save the whole handbook"
 */
public record UpkeepSettings(Optional<ReviewInterval> reviewEvery, Map<String, ReviewInterval> reviewByType,
                             boolean reviewPage, Optional<String> repoUrl, String editPath, boolean printPage,
                             boolean reviewStrict, OfflineSettings offline) {

    public UpkeepSettings {
        reviewByType = Map.copyOf(reviewByType);
        offline = offline == null ? OfflineSettings.off() : offline;
    }

    /** Without {@code review.strict} and offline reading. */
    public UpkeepSettings(Optional<ReviewInterval> reviewEvery, Map<String, ReviewInterval> reviewByType,
                          boolean reviewPage, Optional<String> repoUrl, String editPath, boolean printPage) {
        this(reviewEvery, reviewByType, reviewPage, repoUrl, editPath, printPage, false, OfflineSettings.off());
    }

    public static UpkeepSettings none() {
        return new UpkeepSettings(Optional.empty(), Map.of(), false, Optional.empty(), "", false);
    }

    /** The interval of a page of {@code type} without {@code review_every} of its own. */
    public Optional<ReviewInterval> reviewEvery(String type) {
        return Optional.ofNullable(reviewByType.get(type)).or(() -> reviewEvery);
    }

    /**
     * The default {@code edit_path} for a repository host: GitHub {@code edit/main/content/}, GitLab
     * {@code -/edit/main/content/}, anything else (Gitea, Forgejo) {@code _edit/main/content/}.
     */
    public static String defaultEditPath(String repoUrl) {
        String host = repoUrl.replaceFirst("^https?://", "");
        if (host.startsWith("github.com/") || host.startsWith("www.github.com/")) {
            return "edit/main/content/";
        }
        if (host.startsWith("gitlab.") || host.contains(".gitlab.") || host.startsWith("gitlab/")) {
            return "-/edit/main/content/";
        }
        return "_edit/main/content/";
    }
}
