/** The site as a set of pages with URLs, shared by the transform, render and plugin stages. */
package org.qunbook.site;
