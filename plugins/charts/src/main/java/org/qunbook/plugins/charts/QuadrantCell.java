package org.qunbook.plugins.charts;

/**
 * A page placed on the intent × order-value quadrant.
 *
 * @param url            the page's site URL
 * @param title          its title
 * @param highIntent     {@code intent: high}
 * @param highOrderValue {@code order_value: high}
 */
record QuadrantCell(String url, String title, boolean highIntent, boolean highOrderValue) {
}
