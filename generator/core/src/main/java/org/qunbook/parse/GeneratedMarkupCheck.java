package org.qunbook.parse;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Element;

/**
 * The part of the HTML policy that applies to markup Markdown itself generates from a writer's
 * values: a link or image to a {@code javascript:} URL ({@code [x](javascript:…)}), and event
 * handlers or {@code style} set with the attributes syntax ({@code {onclick=…}}). Raw HTML was
 * filtered already ({@link RawHtmlFilter}).
 */
final class GeneratedMarkupCheck {

    private final HtmlPolicy policy;

    GeneratedMarkupCheck(HtmlPolicy policy) {
        this.policy = policy;
    }

    /** Removes what the policy refuses from {@code content}, adding each removal to {@code removed}. */
    void apply(Element content, List<HtmlRemoval> removed) {
        for (Element element : content.getAllElements()) {
            if (element == content || !element.attributes().hasDeclaredValueForKey("href")
                    && !element.attributes().hasDeclaredValueForKey("src") && !hasRiskyKey(element)) {
                continue;
            }
            List<String> refused = new ArrayList<>();
            for (Attribute attribute : element.attributes()) {
                String why = policy.generatedRefusal(element.normalName(), attribute.getKey(), attribute.getValue());
                if (why != null) {
                    refused.add(attribute.getKey());
                    removed.add(new HtmlRemoval(line(element), 0, why));
                }
            }
            refused.forEach(element::removeAttr);
        }
    }

    private static boolean hasRiskyKey(Element element) {
        for (Attribute attribute : element.attributes()) {
            String key = attribute.getKey();
            if (key.equals("style") || key.startsWith("on") || key.equals("cite") || key.equals("poster")
                    || key.equals("action") || key.equals("formaction") || key.equals("srcset")) {
                return true;
            }
        }
        return false;
    }

    /** The body line of the element or the nearest element around it that knows its line. */
    private static int line(Element element) {
        for (Element at = element; at != null; at = at.parent()) {
            String line = at.attr(SourceLineExtension.ATTRIBUTE);
            if (!line.isEmpty()) {
                return Integer.parseInt(line);
            }
        }
        return 1;
    }
}
