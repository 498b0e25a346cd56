package org.qunbook.upkeep;

import java.util.List;

/**
 * One commit on the "recent changes" page and in its feed.
 *
 * @param hash       full commit id
 * @param shortHash  its first 7 characters
 * @param date       YYYY-MM-DD
 * @param author     author name
 * @param subject    first line of the message
 * @param pages      the pages it changed that still exist, as {@code {title, url}}
 * @param otherFiles other files it changed (deleted pages, images, the config), relative to the content folder
 */
public record ChangeEntry(String hash, String shortHash, String date, String author, String subject,
                          List<ChangedPage> pages, List<String> otherFiles) {

    public ChangeEntry {
        pages = List.copyOf(pages);
        otherFiles = List.copyOf(otherFiles);
    }

    /** A page a commit changed: its title and site-relative, encoded URL. */
    public record ChangedPage(String title, String url) {
    }
}
