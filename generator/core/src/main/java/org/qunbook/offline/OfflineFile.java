package org.qunbook.offline;

/**
 * One file a reader's browser may keep.
 *
 * @param url   the URL relative to the site root a browser requests ({@code playbooks/x/} for
 *              {@code playbooks/x/index.html}, {@code ""} for the home page)
 * @param bytes its size on disk
 * @param hash  the first 8 hex digits of its SHA-256: a new worker copies a saved file whose hash is
 *              unchanged from its old cache instead of downloading it again
 */
public record OfflineFile(String url, long bytes, String hash) {
}
