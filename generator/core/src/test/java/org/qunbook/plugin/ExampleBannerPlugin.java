package org.qunbook.plugin;

import java.util.Map;
import org.qunbook.api.AddPagesContext;
import org.qunbook.api.ContentLoadedContext;
import org.qunbook.api.GeneratedPage;
import org.qunbook.api.PluginSetup;
import org.qunbook.api.Problem;
import org.qunbook.api.SitePlugin;
import org.qunbook.api.TransformContext;

/**
 * The "writing a plugin" example from the README: puts a banner on top of every page, reports
 * pages without a summary, and adds a page listing how many pages the site has.
 */
public final class ExampleBannerPlugin implements SitePlugin {

    /** Options: {@code text} of the banner; {@code fail_in} makes a hook throw (for tests). */
    public record Options(String text, String failIn) {
        public Options {
            text = text == null ? "Hello" : text;
            failIn = failIn == null ? "" : failIn;
        }
    }

    private Options options;
    private int pageCount;

    @Override
    public String name() {
        return "example-banner";
    }

    @Override
    public void configure(PluginSetup setup) {
        options = setup.options(Options.class);
        failIf("configure");
    }

    @Override
    public void contentLoaded(ContentLoadedContext context) {
        pageCount = context.pages().size();
        context.putSiteData(Map.of("pages", pageCount));
        context.pages().stream().filter(p -> !p.isGenerated() && p.summary().isEmpty()).forEach(p ->
                context.report(Problem.warning(p.frontMatter().positionOf("summary"), "page has no summary")));
    }

    @Override
    public void addPages(AddPagesContext context) {
        context.addPage(new GeneratedPage("count/", "Page count", "", "page",
                "<p class=\"count\">" + pageCount + " pages</p><p><a href=\"/a/\">first page</a></p>", Map.of()));
    }

    @Override
    public void transform(TransformContext context) {
        failIf("transform");
        context.content().prependElement("p").addClass("banner").text(options.text());
    }

    private void failIf(String hook) {
        if (options.failIn().equals(hook)) {
            throw new IllegalStateException("asked to fail in " + hook);
        }
    }
}
