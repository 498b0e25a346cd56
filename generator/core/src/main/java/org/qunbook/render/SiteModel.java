package org.qunbook.render;

import java.util.List;
import java.util.Map;

/**
 * Site-wide template data, {@code site} in templates.
 *
 * @param title       site title
 * @param description site description
 * @param language    {@code zh-CN} or {@code en}
 * @param baseUrl     configured base URL
 * @param footer      footer text
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
public record SiteModel(String title, String description, String language, String baseUrl, String footer,
                        List<NavSectionModel> nav, List<String> stylesheets, List<String> scripts, boolean search,
                        boolean serving, Map<String, Object> data, Map<String, String> types,
                        List<TagModel> tags, String image) {
}
