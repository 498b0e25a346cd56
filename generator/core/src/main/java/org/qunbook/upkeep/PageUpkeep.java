package org.qunbook.upkeep;

/**
 * A page's upkeep line, {@code upkeep} in templates ({@code ""} for what is not known).
 *
 * @param owner       who keeps the page true ({@code owner})
 * @param reviewed    the last review, YYYY-MM-DD ({@code reviewed})
 * @param reviewEvery the interval as written ({@code 90d})
 * @param nextReview  when the next review is due, YYYY-MM-DD
 * @param editUrl     the page's source in the repository's web editor
 * @param updatedBy   the author of the file's last commit
 */
public record PageUpkeep(String owner, String reviewed, String reviewEvery, String nextReview, String editUrl,
                         String updatedBy) {
}
