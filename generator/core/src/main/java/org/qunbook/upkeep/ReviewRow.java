package org.qunbook.upkeep;

/**
 * One page on the review page ({@code rows} in {@code review.ftlh}).
 *
 * @param title      page title
 * @param url        site-relative, encoded URL
 * @param typeLabel  its content type's label, may be empty
 * @param owner      owner, may be empty
 * @param reviewed   last review, YYYY-MM-DD or empty
 * @param nextReview due date, YYYY-MM-DD or empty (no review date or no interval)
 */
public record ReviewRow(String title, String url, String typeLabel, String owner, String reviewed,
                        String nextReview) {
}
