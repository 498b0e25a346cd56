package org.qunbook.plugins.charts;

/** The words charts put around the data, in the site's language ({@code zh-CN} or {@code en}). */
record UiText(String dataTable, String label, String bar, String line, String pie, String funnel, String listSep,
              String itemSep, String ofPrevious, String quadrantTitle, String intent, String orderValue, String high,
              String low, String currentCell, String lifecycleTitle, String scripts, String playbooks,
              String stageGoal, String value) {

    static UiText of(String language) {
        if (language.startsWith("en")) {
            return new UiText("Data table", "Label", "Bar chart", "Line chart", "Pie chart", "Funnel", "; ", ", ",
                    "of the step before", "Group types by intent and order value", "Intent", "Order value", "high",
                    "low", "this page", "The group lifecycle", "Script templates", "Playbooks", "Goal", "Value");
        }
        return new UiText("数据表", "项目", "柱状图", "折线图", "饼图", "漏斗图", "；", "，", "占上一步",
                "按意向度 × 客单价划分的群类型", "意向度", "客单价", "高", "低", "本页", "社群生命周期", "话术模板",
                "打法", "目标", "数值");
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
