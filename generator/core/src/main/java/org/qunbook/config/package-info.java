/** The site configuration ({@code content/qunbook.yml}): typed records and a strict loader. */
package org.qunbook.config;
