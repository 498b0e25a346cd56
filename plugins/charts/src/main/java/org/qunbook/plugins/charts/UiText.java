package org.qunbook.plugins.charts;

import org.qunbook.api.SiteContext;

/**
 * The words charts put around the data, in the site's language: the plugin's i18n/*.yml
 * ({@code plugin.charts.<component>}), with the site's overrides.
 */
record UiText(String dataTable, String label, String bar, String line, String pie, String funnel, String listSep,
              String itemSep, String ofPrevious, String quadrantTitle, String intent, String orderValue, String high,
              String low, String currentCell, String lifecycleTitle, String scripts, String playbooks,
              String stageGoal, String value) {

    static UiText of(SiteContext site) {
        java.util.function.UnaryOperator<String> word = key -> site.message("plugin.charts." + key);
        return new UiText(word.apply("dataTable"), word.apply("label"), word.apply("bar"), word.apply("line"),
                word.apply("pie"), word.apply("funnel"), word.apply("listSep"), word.apply("itemSep"),
                word.apply("ofPrevious"), word.apply("quadrantTitle"), word.apply("intent"), word.apply("orderValue"),
                word.apply("high"), word.apply("low"), word.apply("currentCell"), word.apply("lifecycleTitle"),
                word.apply("scripts"), word.apply("playbooks"), word.apply("stageGoal"), word.apply("value"));
    }

    String typeName(ChartType type) {
        return switch (type) {
            case BAR -> bar;
            case LINE -> line;
            case PIE -> pie;
            case FUNNEL -> funnel;
            case QUADRANT -> quadrantTitle;
            case LIFECYCLE -> lifecycleTitle;
        };
    }
}
