package org.qunbook.plugins.charts;

import org.jsoup.nodes.Element;

/**
 * Small builders for SVG elements as jsoup elements, so every text is escaped on output. Colours
 * are never written here: elements get classes that the plugin's stylesheet paints with the theme's
 * variables, so dark mode, print and the strict CSP (no style attributes) all hold.
 */
final class Svg {

    private Svg() {
    }

    /**
     * The root of a picture: {@code role="img"} labelled by its {@code <title>} and described by its
     * {@code <desc>}.
     *
     * @param id a page-unique prefix for the title and desc ids
     */
    static Element root(String id, double width, double height, String title, String description, String kind) {
        return root(id, width, height, title, description, kind, "img");
    }

    /**
     * The root of a chart whose parts are links (quadrant, lifecycle): {@code role="group"}, as an
     * image's children are hidden from assistive technology and its links would be unreachable to
     * screen readers while still taking keyboard focus (axe: nested-interactive).
     */
    static Element linkedRoot(String id, double width, double height, String title, String description, String kind) {
        return root(id, width, height, title, description, kind, "group");
    }

    private static Element root(String id, double width, double height, String title, String description, String kind,
                                String role) {
        Element svg = new Element("svg")
                .attr("xmlns", "http://www.w3.org/2000/svg")
                .attr("viewBox", "0 0 " + Numbers.coordinate(width) + " " + Numbers.coordinate(height))
                .attr("role", role)
                .attr("aria-labelledby", id + "-title " + id + "-desc")
                .addClass("chart-svg").addClass("chart-svg-" + kind);
        svg.appendElement("title").attr("id", id + "-title").text(title);
        svg.appendElement("desc").attr("id", id + "-desc").text(description);
        return svg;
    }

    static Element rect(Element parent, double x, double y, double width, double height, String cls) {
        return parent.appendElement("rect").attr("x", Numbers.coordinate(x)).attr("y", Numbers.coordinate(y))
                .attr("width", Numbers.coordinate(Math.max(0, width))).attr("height", Numbers.coordinate(Math.max(0, height)))
                .addClass(cls);
    }

    static Element line(Element parent, double x1, double y1, double x2, double y2, String cls) {
        return parent.appendElement("line").attr("x1", Numbers.coordinate(x1)).attr("y1", Numbers.coordinate(y1))
                .attr("x2", Numbers.coordinate(x2)).attr("y2", Numbers.coordinate(y2)).addClass(cls);
    }

    /** Text; {@code anchor} is start, middle or end. */
    static Element text(Element parent, double x, double y, String anchor, String cls, String content) {
        Element text = parent.appendElement("text").attr("x", Numbers.coordinate(x)).attr("y", Numbers.coordinate(y))
                .addClass(cls).text(content);
        if (!anchor.equals("start")) {
            text.attr("text-anchor", anchor);
        }
        return text;
    }

    /** Width of {@code text} at {@code size} px, estimated: CJK characters are square, Latin about half. */
    static double textWidth(String text, double size) {
        double width = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            width += cp > 0x2E7F ? size : size * 0.58;
            i += Character.charCount(cp);
        }
        return width;
    }

    /** {@code text} cut to fit {@code maxWidth}, with an ellipsis; the full text stays in the data table. */
    static String fit(String text, double size, double maxWidth) {
        if (textWidth(text, size) <= maxWidth) {
            return text;
        }
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            String next = out + new String(Character.toChars(cp));
            if (textWidth(next + "…", size) > maxWidth) {
                break;
            }
            out.appendCodePoint(cp);
            i += Character.charCount(cp);
        }
        return out + "…";
    }
}
