package org.qunbook.api;

import java.util.List;
import java.util.Optional;

/**
 * What the hooks before render see of the site ({@link ContentLoadedContext},
 * {@link AddPagesContext}, {@link TransformContext}): every page with its content. A plugin's
 * helper that reads other pages' content takes this type rather than {@link SiteContext}.
 *
 * @since API 2.0
 */
public interface ContentContext extends SiteContext {

    /** Every page in a stable order (by URL), with its content. */
    @Override
    List<PageView> pages();

    @Override
    Optional<PageView> findPage(String url);
}
