/** Finding a theme (class path or folder) and layering the site's {@code content/_theme/} over it. */
package org.qunbook.theme;
