/**
 * Keeping the handbook alive: who owns each page and when it is due for review (the page's line,
 * {@code check}'s overdue warnings, the review page), its "edit this page" link, its last author
 * from git, and the "recent changes" page and feed. Nothing here reads the clock: {@code check}
 * is given today's date, and the pages say when a review is due, not whether it is overdue (the
 * browser works that out), so builds stay byte-reproducible.
 */
package org.qunbook.upkeep;
