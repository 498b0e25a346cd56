/**
 * Reading the site's folders as untrusted input: {@link org.qunbook.files.ConfinedTree} walks a
 * folder and keeps only files whose real path (symbolic links resolved) stays inside it, so a link
 * in a pull request cannot publish {@code /etc/passwd} or the CI runner's environment.
 */
package org.qunbook.files;
