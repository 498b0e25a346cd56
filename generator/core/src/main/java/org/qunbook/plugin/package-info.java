/**
 * Plugin discovery ({@link java.util.ServiceLoader}, ordered by {@code qunbook.yml}) and the
 * guarded hook runner that hands plugins their contexts.
 */
package org.qunbook.plugin;
