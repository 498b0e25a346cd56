package org.qunbook.plugins.charts;

import java.util.List;
import org.jsoup.nodes.Element;

/** Bar and line charts: categories along the bottom, a value axis from 0 with gridlines. */
final class AxisChart {

    static final double WIDTH = 480;
    static final double HEIGHT = 280;
    static final double FONT = 13;

    private final ChartSpec spec;
    private final boolean line;

    AxisChart(ChartSpec spec, boolean line) {
        this.spec = spec;
        this.line = line;
    }

    Element draw(String id, String title, String description) {
        Element svg = Svg.root(id, WIDTH, HEIGHT, title, description, line ? "line" : "bar");
        double max = spec.series().stream().flatMap(s -> s.values().stream()).mapToDouble(Double::doubleValue).max()
                .orElse(0);
        Scale scale = Scale.of(max);
        double top = 12 + (spec.series().size() > 1 ? Legend.HEIGHT : 0);
        double bottom = HEIGHT - 28;
        double left = 8 + scale.ticks().stream().mapToDouble(t -> Svg.textWidth(scale.label(t), FONT - 1)).max().orElse(0) + 6;
        double right = WIDTH - 8;
        if (spec.series().size() > 1) {
            Legend.draw(svg, spec.series().stream().map(Series::name).toList(), left, 12, right - left);
        }
        Element grid = svg.appendElement("g").addClass("chart-grid");
        for (double tick : scale.ticks()) {
            double y = bottom - (bottom - top) * tick / scale.top();
            Svg.line(grid, left, y, right, y, tick == 0 ? "chart-axis" : "chart-gridline");
            Svg.text(grid, left - 6, y + 4, "end", "chart-tick", scale.label(tick));
        }
        int n = spec.labels().size();
        double band = (right - left) / n;
        Element labels = svg.appendElement("g").addClass("chart-labels");
        for (int i = 0; i < n; i++) {
            Svg.text(labels, left + band * (i + 0.5), bottom + 18, "middle", "chart-label",
                    Svg.fit(spec.labels().get(i), FONT, band - 4));
        }
        List<Series> series = spec.series();
        for (int s = 0; s < series.size(); s++) {
            Element g = svg.appendElement("g").addClass("chart-series").addClass("chart-s" + (s % 6 + 1));
            List<Double> values = series.get(s).values();
            if (line) {
                StringBuilder points = new StringBuilder();
                for (int i = 0; i < n; i++) {
                    points.append(i == 0 ? "" : " ").append(Numbers.coordinate(left + band * (i + 0.5))).append(',')
                            .append(Numbers.coordinate(y(values.get(i), scale, top, bottom)));
                }
                g.appendElement("polyline").attr("points", points.toString()).addClass("chart-line");
                for (int i = 0; i < n; i++) {
                    double x = left + band * (i + 0.5);
                    double y = y(values.get(i), scale, top, bottom);
                    g.appendElement("circle").attr("cx", Numbers.coordinate(x)).attr("cy", Numbers.coordinate(y))
                            .attr("r", "3.5").addClass("chart-dot");
                    if (series.size() == 1) {
                        Svg.text(g, x, y - 8, "middle", "chart-value", value(values.get(i)));
                    }
                }
            } else {
                double group = band * 0.72;
                double barWidth = group / series.size();
                for (int i = 0; i < n; i++) {
                    double x = left + band * i + (band - group) / 2 + barWidth * s;
                    double y = y(values.get(i), scale, top, bottom);
                    Svg.rect(g, x, y, barWidth - (series.size() > 1 ? 2 : 0), bottom - y, "chart-bar");
                    String text = value(values.get(i));
                    if (Svg.textWidth(text, FONT - 2) <= barWidth + 2) {
                        Svg.text(g, x + barWidth / 2, y - 5, "middle", "chart-value", text);
                    }
                }
            }
        }
        return svg;
    }

    private String value(double value) {
        return Numbers.withUnit(value, spec.unit());
    }

    private static double y(double value, Scale scale, double top, double bottom) {
        return bottom - (bottom - top) * value / scale.top();
    }

    /** A value axis from 0 to a round number, with four or five round ticks. */
    record Scale(double top, double step) {
        static Scale of(double max) {
            if (max <= 0) {
                return new Scale(1, 0.25);
            }
            double raw = max / 4;
            double magnitude = Math.pow(10, Math.floor(Math.log10(raw)));
            double step = magnitude;
            for (double m : new double[] {1, 2, 2.5, 5, 10}) {
                if (m * magnitude >= raw) {
                    step = m * magnitude;
                    break;
                }
            }
            return new Scale(step * Math.ceil(max / step - 1e-9), step);
        }

        List<Double> ticks() {
            java.util.ArrayList<Double> ticks = new java.util.ArrayList<>();
            for (int i = 0; i * step <= top + step / 1000; i++) {
                ticks.add(i * step);
            }
            return ticks;
        }

        String label(double tick) {
            return Numbers.format(tick);
        }
    }
}
