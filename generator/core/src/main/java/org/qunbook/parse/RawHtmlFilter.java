package org.qunbook.parse;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Filters raw HTML written in Markdown (one HTML block or one inline tag, as CommonMark delimits
 * them) through {@link HtmlPolicy}, tag by tag: allowed tags are written again with their allowed
 * attributes only (values decoded, checked, escaped and quoted), other tags are left out, and the
 * content of {@code script}, {@code style}, {@code iframe}... goes with them. Text between tags is
 * kept, with any {@code <} that does not start a tag escaped, so the browser can only see the tags
 * written here.
 *
 * <p>Working on tags rather than on a parsed tree keeps HTML split across Markdown blocks working
 * ({@code <details>}, Markdown, then {@code </details>} in a later block), as CommonMark means it.
 */
final class RawHtmlFilter {

    /** A removal at an offset within the filtered chunk. */
    record Removed(int offset, String what) {
    }

    // The raw HTML grammar of CommonMark (spec 0.30, "Raw HTML").
    private static final String NAME = "[A-Za-z][A-Za-z0-9-]*";
    private static final String ATTRIBUTE = "\\s+([A-Za-z_:][A-Za-z0-9_.:-]*)(?:\\s*=\\s*([^\\s\"'=<>`]+|'[^']*'|\"[^\"]*\"))?";
    private static final String ANY_ATTRIBUTE = "\\s+[A-Za-z_:][A-Za-z0-9_.:-]*(?:\\s*=\\s*(?:[^\\s\"'=<>`]+|'[^']*'|\"[^\"]*\"))?";
    private static final Pattern OPEN_TAG = Pattern.compile("<(" + NAME + ")((?:" + ANY_ATTRIBUTE + ")*)\\s*(/?)>");
    private static final Pattern ATTRIBUTES = Pattern.compile(ATTRIBUTE);
    private static final Pattern CLOSE_TAG = Pattern.compile("</(" + NAME + ")\\s*>");
    private static final Pattern COMMENT = Pattern.compile("<!--(?:-?>|[\\s\\S]*?-->)");
    private static final Pattern OTHER = Pattern.compile("<\\?[\\s\\S]*?\\?>|<![A-Za-z][^>]*>|<!\\[CDATA\\[[\\s\\S]*?\\]\\]>");

    private final HtmlPolicy policy;

    RawHtmlFilter(HtmlPolicy policy) {
        this.policy = policy;
    }

    /**
     * {@code html} as it may stay in the page; what was left out is added to {@code removed}.
     *
     * @param unclosed gets the name of a {@code script}-like element left open at the end of
     *                 {@code html}, whose content goes on after it (in the following inline nodes)
     */
    String filter(CharSequence html, List<Removed> removed, java.util.function.Consumer<String> unclosed) {
        StringBuilder out = new StringBuilder(html.length());
        Matcher open = OPEN_TAG.matcher(html);
        Matcher close = CLOSE_TAG.matcher(html);
        Matcher comment = COMMENT.matcher(html);
        Matcher other = OTHER.matcher(html);
        int length = html.length();
        int i = 0;
        while (i < length) {
            char c = html.charAt(i);
            if (c != '<') {
                out.append(c);
                i++;
                continue;
            }
            if (lookingAt(open, i)) {
                String tag = open.group(1).toLowerCase(Locale.ROOT);
                if (HtmlPolicy.RAW_TEXT.contains(tag)) {
                    removed.add(new Removed(i, "<" + tag + "> element"));
                    i = endOfElement(html, tag, open.end());
                    if (i < 0) {
                        unclosed.accept(tag);
                        i = length;
                    }
                    continue;
                }
                if (!policy.allowsTag(tag)) {
                    removed.add(new Removed(i, "<" + tag + "> tag (its content is kept)"));
                } else {
                    writeOpenTag(tag, open.group(2), !open.group(3).isEmpty(), i, out, removed);
                }
                i = open.end();
            } else if (lookingAt(close, i)) {
                // an end tag of an element left out (its start was reported) goes quietly
                String tag = close.group(1).toLowerCase(Locale.ROOT);
                if (policy.allowsTag(tag)) {
                    out.append("</").append(tag).append('>');
                }
                i = close.end();
            } else if (lookingAt(comment, i)) {
                i = comment.end(); // not shown in a page: left out quietly
            } else if (lookingAt(other, i)) {
                i = other.end();
            } else {
                out.append("&lt;");
                i++;
            }
        }
        return out.toString();
    }

    private static boolean lookingAt(Matcher matcher, int from) {
        matcher.region(from, matcher.regionEnd());
        return matcher.lookingAt();
    }

    private static String escapeAttribute(String value) {
        return value.replace("&", "&amp;").replace("\"", "&quot;").replace("<", "&lt;").replace(">", "&gt;");
    }

    private void writeOpenTag(String tag, String attributes, boolean selfClosing, int at, StringBuilder out,
                              List<Removed> removed) {
        out.append('<').append(tag);
        Matcher attribute = ATTRIBUTES.matcher(attributes);
        while (attribute.find()) {
            String name = attribute.group(1).toLowerCase(Locale.ROOT);
            String raw = attribute.group(2) == null ? "" : unquote(attribute.group(2));
            String value = HtmlPolicy.decode(raw);
            String refusal = policy.refusal(tag, name, value);
            if (refusal != null) {
                removed.add(new Removed(at, refusal));
                continue;
            }
            out.append(' ').append(name);
            if (attribute.group(2) != null) {
                out.append("=\"").append(escapeAttribute(value)).append('"');
            }
        }
        out.append(selfClosing ? " />" : ">");
    }

    /** Past {@code </tag>} from {@code from}, or -1 if it is not closed in {@code html}. */
    private static int endOfElement(CharSequence html, String tag, int from) {
        Matcher end = endTag(tag).matcher(html);
        return end.find(from) ? end.end() : -1;
    }

    static Pattern endTag(String tag) {
        return Pattern.compile("</" + tag + "\\s*>", Pattern.CASE_INSENSITIVE);
    }

    private static String unquote(String value) {
        char first = value.charAt(0);
        return (first == '"' || first == '\'') && value.length() >= 2 ? value.substring(1, value.length() - 1) : value;
    }
}
