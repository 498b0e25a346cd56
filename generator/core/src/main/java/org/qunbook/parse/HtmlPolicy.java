package org.qunbook.parse;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.jsoup.safety.Safelist;

/**
 * What HTML a page's Markdown may contain: an allow-list that keeps what a handbook uses
 * (collapsible {@code details}, {@code kbd}, {@code sup}/{@code sub}, {@code mark}, {@code abbr},
 * tables, images, links, {@code span}/{@code div} with classes) and leaves out whatever can run
 * script, load from another site or restyle the page: {@code script}, {@code style},
 * {@code iframe}, {@code object}, {@code embed}, {@code form} and its fields, event handlers,
 * {@code style} attributes, and URLs other than http(s), mailto and relative ones (images may also
 * be {@code data:image/}).
 */
final class HtmlPolicy {

    /** Elements whose content is not markup: removed with everything up to their end tag. */
    static final Set<String> RAW_TEXT = Set.of("script", "style", "textarea", "title", "xmp", "iframe", "noembed",
            "noframes", "noscript", "plaintext", "template", "object", "svg", "math", "select", "form");

    private static final Set<String> URL_ATTRIBUTES = Set.of("href", "src", "cite", "action", "formaction",
            "poster", "background", "longdesc", "usemap", "srcset", "xlink:href");
    private static final Set<String> LINK_SCHEMES = Set.of("http", "https", "mailto");
    private static final Pattern SCHEME = Pattern.compile("^([a-zA-Z][a-zA-Z0-9+.-]*):");
    /** Browsers ignore these inside a URL, so {@code java\tscript:} is {@code javascript:}. */
    private static final Pattern IGNORED_IN_URLS = Pattern.compile("[\\x00-\\x20\\x7f]");

    private final Safelist safelist = new Safelist() {
        @Override
        public boolean isSafeAttribute(String tagName, Element element, Attribute attribute) {
            // data-* attributes carry data for scripts, never code; plugins' Markdown extensions use them.
            return attribute.getKey().startsWith("data-") && attribute.getKey().length() > 5
                    || super.isSafeAttribute(tagName, element, attribute);
        }
    };

    HtmlPolicy() {
        safelist.addTags("a", "abbr", "b", "bdi", "bdo", "blockquote", "br", "caption", "center", "cite", "code",
                        "col", "colgroup", "dd", "del", "details", "dfn", "div", "dl", "dt", "em", "figcaption",
                        "figure", "h1", "h2", "h3", "h4", "h5", "h6", "hr", "i", "img", "ins", "kbd", "li", "mark",
                        "ol", "p", "picture", "pre", "q", "rp", "rt", "ruby", "s", "samp", "small", "span", "strike",
                        "strong", "sub", "summary", "sup", "table", "tbody", "td", "tfoot", "th", "thead", "time",
                        "tr", "tt", "u", "ul", "var", "wbr")
                .addAttributes(":all", "class", "id", "title", "lang", "dir", "aria-label", "aria-hidden", "role")
                .addAttributes("a", "href", "name")
                .addAttributes("img", "src", "alt", "width", "height", "loading")
                .addAttributes("td", "colspan", "rowspan", "align")
                .addAttributes("th", "colspan", "rowspan", "align", "scope")
                .addAttributes("col", "span").addAttributes("colgroup", "span")
                .addAttributes("ol", "start", "reversed", "type").addAttributes("li", "value")
                .addAttributes("details", "open").addAttributes("time", "datetime")
                .addAttributes("q", "cite").addAttributes("blockquote", "cite")
                .addAttributes("del", "cite", "datetime").addAttributes("ins", "cite", "datetime");
    }

    boolean allowsTag(String name) {
        return safelist.isSafeTag(name);
    }

    /**
     * Why {@code name="value"} may not stay on a {@code tag} element, or null if it may: the value is
     * the attribute as the browser reads it (entities decoded).
     */
    String refusal(String tag, String name, String value) {
        String unsafe = generatedRefusal(tag, name, value);
        if (unsafe != null) {
            return unsafe;
        }
        String key = name.toLowerCase(Locale.ROOT);
        Element element = new Element(tag);
        if (!safelist.isSafeAttribute(tag, element, new Attribute(key, value))) {
            return "attribute '" + name + "' on <" + tag + ">";
        }
        return null;
    }

    /** Like {@link #refusal}, for markup Markdown generated: only what can run or load is refused there. */
    String generatedRefusal(String tag, String name, String value) {
        String key = name.toLowerCase(Locale.ROOT);
        if (key.startsWith("on")) {
            return "event handler attribute '" + name + "' on <" + tag + ">";
        }
        if (key.equals("style")) {
            return "style attribute on <" + tag + ">";
        }
        return URL_ATTRIBUTES.contains(key) ? unsafeUrl(tag, key, value) : null;
    }

    private static String unsafeUrl(String tag, String attribute, String value) {
        String url = IGNORED_IN_URLS.matcher(value).replaceAll("");
        Matcher scheme = SCHEME.matcher(url);
        if (!scheme.find()) {
            return attribute.equals("href") || attribute.equals("src") || attribute.equals("cite") ? null
                    : "attribute '" + attribute + "' on <" + tag + ">";
        }
        String name = scheme.group(1).toLowerCase(Locale.ROOT);
        if (LINK_SCHEMES.contains(name) && !(tag.equals("img") && name.equals("mailto"))) {
            return null;
        }
        if (tag.equals("img") && attribute.equals("src") && url.toLowerCase(Locale.ROOT).startsWith("data:image/")) {
            return null;
        }
        return name + ": URL in " + attribute + " of <" + tag + ">";
    }

    /** An attribute value as the browser reads it. */
    static String decode(String value) {
        return Parser.unescapeEntities(value, true);
    }
}
