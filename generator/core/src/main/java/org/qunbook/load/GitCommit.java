package org.qunbook.load;

import java.time.LocalDate;
import java.util.List;

/**
 * One commit that touched the content folder, for the "recent changes" page and feed.
 *
 * @param hash    full commit id
 * @param date    committer date
 * @param author  author name
 * @param subject first line of the message
 * @param files   the files it changed, relative to the content folder, in git's order
 */
public record GitCommit(String hash, LocalDate date, String author, String subject, List<String> files) {

    public GitCommit {
        files = List.copyOf(files);
    }
}
