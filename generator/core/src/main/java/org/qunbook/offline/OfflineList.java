package org.qunbook.offline;

import java.util.List;

/**
 * What a built site offers offline.
 *
 * @param version a content hash of every file of the site (16 hex digits): the service worker's
 *                cache name, so a new build's files replace what browsers kept
 * @param shell   the site shell (stylesheets, scripts, fonts, icons under {@code assets/}, the web app
 *                manifest), cached when the service worker installs
 * @param book    every page, search file and content file: what "离线保存整本手册" downloads
 */
public record OfflineList(String version, List<OfflineFile> shell, List<OfflineFile> book) {

    public OfflineList {
        shell = List.copyOf(shell);
        book = List.copyOf(book);
    }

    public long bookBytes() {
        return book.stream().mapToLong(OfflineFile::bytes).sum();
    }
}
