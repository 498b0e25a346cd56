package org.qunbook.testkit;

import org.qunbook.api.ApiVersion;
import org.qunbook.api.SitePlugin;
import org.qunbook.api.TransformContext;

/** A plugin for the testkit's own tests: a note after each page's content. */
public final class ShoutPlugin implements SitePlugin {

    @Override
    public String name() {
        return "shout";
    }

    @Override
    public String apiVersion() {
        return ApiVersion.CURRENT;
    }

    @Override
    public void transform(TransformContext context) {
        context.slot(TransformContext.AFTER_CONTENT).appendElement("p").addClass("shout").text("看这里");
    }
}
