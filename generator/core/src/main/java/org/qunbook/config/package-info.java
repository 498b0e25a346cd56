/**
 * The site configuration ({@code content/qunbook.yml}): typed records and a strict loader.
 * {@link org.qunbook.config.SiteConfig} is composed of small records, one per concern; tools and
 * tests make one with {@code SiteConfig.builder()} and change a part with {@code withBaseUrl},
 * {@code withPlugins} or {@code toBuilder()}. {@link org.qunbook.config.SiteIdentity} is what
 * templates see as {@code site.*}.
 */
package org.qunbook.config;
