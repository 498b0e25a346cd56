/**
 * The write stage's outputs: {@link org.qunbook.write.StagedOutput} stages the site next to the
 * output folder and swaps it in atomically ({@code build}, and {@code serve}'s first build);
 * {@link org.qunbook.write.LiveOutput} writes only the files whose bytes changed, in place
 * ({@code serve}'s later builds), so an edit rewrites one page, not the site.
 */
package org.qunbook.write;
