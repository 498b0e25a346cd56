/** YAML read into plain values with the line of every key, for config and front matter alike. */
package org.qunbook.yaml;
