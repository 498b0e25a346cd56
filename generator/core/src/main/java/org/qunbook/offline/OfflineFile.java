package org.qunbook.offline;

/**
 * One file a reader's browser may keep.
 *
 * @param url   the URL relative to the site root a browser requests ({@code playbooks/x/} for
 *              {@code playbooks/x/index.html}, {@code ""} for the home page)
 * @param bytes its size on disk
 */
public record OfflineFile(String url, long bytes) {
}
