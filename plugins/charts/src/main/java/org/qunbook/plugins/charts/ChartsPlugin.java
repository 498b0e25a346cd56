package org.qunbook.plugins.charts;

import java.util.List;
import org.qunbook.api.ContentLoadedContext;
import org.qunbook.api.PluginSetup;
import org.qunbook.api.SitePlugin;
import org.qunbook.api.TransformContext;

/**
 * Charts drawn as SVG at build time: {@code ```chart} blocks with a writer's data (bar, line, pie,
 * funnel), and from the site's front matter the intent × order-value quadrant and the lifecycle
 * timeline. No script: the figures are in the HTML, painted by {@code charts.css} with the
 * theme's colours.
 */
public final class ChartsPlugin implements SitePlugin {

    private ChartsOptions options;
    private UiText text;
    private String language;
    private List<QuadrantCell> quadrant = List.of();
    private List<Lifecycle.StageWithPages> lifecycle = List.of();

    @Override
    public String name() {
        return "charts";
    }

    @Override
    public void configure(PluginSetup setup) {
        options = setup.options(ChartsOptions.class);
        language = setup.site().language();
        setup.addMessages("i18n/", "zh-CN");
        setup.addAsset("assets/charts/charts.css", "org/qunbook/plugins/charts/charts.css");
        setup.addAsset("assets/charts/setup-progress.js", "org/qunbook/plugins/charts/setup-progress.js");
    }

    @Override
    public void contentLoaded(ContentLoadedContext context) {
        text = UiText.of(context);
        quadrant = GroupQuadrant.collect(context.pages(), options.quadrantType(), context);
        context.pages().forEach(page -> ChartBlocks.check(page, context, quadrant.isEmpty(), options.quadrantType()));
        lifecycle = Lifecycle.collect(context.pages(), options.stagesOrDefault(language), context);
        context.putSiteData(HomeData.of(context.pages(), quadrant, lifecycle, options.latest(), text));
    }

    @Override
    public void transform(TransformContext context) {
        ChartBlocks blocks = new ChartBlocks(context, text, quadrant, lifecycle);
        boolean hasQuadrant = blocks.replaceAll();
        String url = context.page().url();
        if (options.quadrantPages() && !hasQuadrant && quadrant.stream().anyMatch(cell -> cell.url().equals(url))) {
            blocks.insertQuadrant();
        }
    }
}
