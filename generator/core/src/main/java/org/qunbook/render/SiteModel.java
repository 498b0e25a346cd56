package org.qunbook.render;

import java.util.List;
import java.util.Map;
import org.qunbook.config.SiteIdentity;

/**
 * Site-wide template data, {@code site} in templates: the config's {@link SiteIdentity} (read as
 * {@code site.title}, {@code site.description}, {@code site.language}, {@code site.baseUrl},
 * {@code site.footer} and any component added there) and what the build works out.
 *
 * @param identity    what the site says about itself, from {@code qunbook.yml}
 * @param nav         sidebar sections in order
 * @param stylesheets site-relative paths of stylesheets every page links (theme, then plugins)
 * @param scripts     site-relative paths of scripts every page loads (deferred)
 * @param search      whether search is enabled
 * @param serving     true under {@code qunbook serve}
 * @param data        data plugins published, by plugin name
 * @param types       content type labels by type name
 * @param tags        every tag with its page count, in pinyin order
 * @param image       the default share image ({@code image:} in qunbook.yml): a site-root path or an
 *                    absolute URL, {@code ""} for none
 */
public record SiteModel(SiteIdentity identity, List<NavSectionModel> nav, List<String> stylesheets,
                        List<String> scripts, boolean search, boolean serving, Map<String, Object> data,
                        Map<String, String> types, List<TagModel> tags, String image) implements ComposedModel {
}
