package org.qunbook.plugins.charts;

import java.util.List;
import java.util.function.UnaryOperator;
import org.jsoup.nodes.Element;

/**
 * The lifecycle as a timeline: one arrow per stage in an SVG (each linking to its stage below),
 * then the stages as a list with each stage's goal and the pages declaring it. The list is real
 * HTML, so it wraps on a phone and its links work with a keyboard and a screen reader.
 */
final class LifecycleChart {

    private static final double WIDTH = 480;
    private static final double HEIGHT = 64;
    private static final double TIP = 12;

    private LifecycleChart() {
    }

    static Element render(List<Lifecycle.StageWithPages> stages, String id, UnaryOperator<String> href, UiText text,
                          String title) {
        String caption = title.isEmpty() ? text.lifecycleTitle() : title;
        StringBuilder description = new StringBuilder();
        for (Lifecycle.StageWithPages stage : stages) {
            description.append(description.isEmpty() ? "" : " → ").append(stage.stage().label());
        }
        Element svg = Svg.linkedRoot(id, WIDTH, HEIGHT, caption, description.toString(), "lifecycle");
        double width = WIDTH / Math.max(1, stages.size());
        for (int i = 0; i < stages.size(); i++) {
            Lifecycle.StageWithPages stage = stages.get(i);
            double x = width * i;
            Element link = svg.appendElement("a").attr("href", "#" + id + "-" + stage.stage().key())
                    .addClass("chart-stage").addClass("chart-s" + (i % 6 + 1));
            String points = pt(x, 4) + " " + pt(x + width - TIP, 4) + " " + pt(x + width, 32) + " "
                    + pt(x + width - TIP, 60) + " " + pt(x, 60) + (i == 0 ? "" : " " + pt(x + TIP, 32));
            link.appendElement("polygon").attr("points", points).addClass("chart-stage-shape");
            Svg.text(link, x + width / 2 + (i == 0 ? -TIP / 2 : 0), 38, "middle", "chart-stage-label",
                    Svg.fit((i + 1) + " " + stage.stage().label(), 15, width - TIP * 2));
        }
        Element figure = new Element("figure").addClass("chart").addClass("chart-lifecycle");
        figure.appendElement("figcaption").addClass("chart-caption").text(caption);
        figure.appendChild(svg);
        Element list = figure.appendElement("ol").addClass("chart-stages");
        for (int i = 0; i < stages.size(); i++) {
            Lifecycle.StageWithPages stage = stages.get(i);
            Element item = list.appendElement("li").attr("id", id + "-" + stage.stage().key())
                    .addClass("chart-stage-item").addClass("chart-s" + (i % 6 + 1));
            item.appendElement("p").addClass("chart-stage-name").text(stage.stage().label());
            if (!stage.stage().goal().isEmpty()) {
                item.appendElement("p").addClass("chart-stage-goal").text(text.stageGoal()
                        + (text.listSep().equals("；") ? "：" : ": ") + stage.stage().goal());
            }
            if (!stage.pages().isEmpty()) {
                Element pages = item.appendElement("ul").addClass("chart-stage-pages");
                for (StagePage page : stage.pages()) {
                    Element li = pages.appendElement("li").addClass("chart-stage-page");
                    String kind = page.type().equals("script-template") ? text.scripts()
                            : page.type().equals("playbook") ? text.playbooks() : "";
                    if (!kind.isEmpty()) {
                        li.appendElement("span").addClass("chart-stage-kind").text(kind);
                        li.appendText(" ");
                    }
                    li.appendElement("a").attr("href", href.apply(page.url())).text(page.title());
                }
            }
        }
        return figure;
    }

    private static String pt(double x, double y) {
        return Numbers.coordinate(x) + "," + Numbers.coordinate(y);
    }
}
