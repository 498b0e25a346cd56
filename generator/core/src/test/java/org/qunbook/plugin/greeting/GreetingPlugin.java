package org.qunbook.plugin.greeting;

import java.util.Map;
import org.qunbook.api.PluginSetup;
import org.qunbook.api.SitePlugin;
import org.qunbook.api.TransformContext;

/**
 * A plugin with UI strings (i18n/zh-CN.yml, the default; i18n/en.yml without {@code farewell}), for
 * {@link org.qunbook.plugin.PluginMessagesTest}: it writes two of them into every page.
 * {@code messages: broken/} reads a folder whose default file is not valid YAML.
 */
public final class GreetingPlugin implements SitePlugin {

    /** Options: the folder holding the messages. */
    public record Options(String messages) {
        public Options {
            messages = messages == null ? "i18n/" : messages;
        }
    }

    @Override
    public String name() {
        return "greeting";
    }

    @Override
    public void configure(PluginSetup setup) {
        setup.addMessages(setup.options(Options.class).messages(), "zh-CN");
    }

    @Override
    public void transform(TransformContext context) {
        context.content().prependElement("p").addClass("greeting")
                .text(context.message("plugin.greeting.hello", Map.of("title", context.page().title())));
        context.content().appendElement("p").addClass("farewell").text(context.message("plugin.greeting.farewell"));
    }
}
