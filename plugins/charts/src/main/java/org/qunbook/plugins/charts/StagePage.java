package org.qunbook.plugins.charts;

/**
 * A page that declares a lifecycle {@code stage}.
 *
 * @param url   its site URL
 * @param title its title
 * @param type  its content type name
 */
record StagePage(String url, String title, String type) {
}
