package org.qunbook.plugins.scripts;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/** Finds {@code ```script} blocks in a page and groups adjacent ones into one script with variants. */
final class ScriptBlocks {

    private static final Evaluator PRE = QueryParser.parse("pre");
    private static final Evaluator CODE_CHILD = QueryParser.parse("> code");

    static final String SOURCE_LINE = "data-source-line";

    /**
     * One fenced block.
     *
     * @param label the words after {@code script} in the info string, {@code ""} when none
     * @param text  the block's text without the final line break
     * @param line  the fence's line in the body (1-based), 0 when unknown
     * @param pre   the block in the page
     */
    record Variant(String label, String text, int line, Element pre) {
        Placeholders.Parsed parsed() {
            return Placeholders.parse(text);
        }
    }

    /** One script: a single block, or adjacent blocks offered as variants (tabs). */
    record Script(List<Variant> variants) {
    }

    private ScriptBlocks() {
    }

    static boolean isScriptInfo(String info) {
        return info.equals("script") || info.startsWith("script ") || info.startsWith("script\t");
    }

    static List<Script> find(Element content) {
        List<Script> scripts = new ArrayList<>();
        Set<Element> grouped = new HashSet<>();
        for (Element pre : content.select(PRE)) {
            if (!isScript(pre) || grouped.contains(pre)) {
                continue;
            }
            List<Variant> variants = new ArrayList<>();
            for (Element block = pre; block != null; block = nextScriptSibling(block)) {
                grouped.add(block);
                variants.add(variant(block));
            }
            scripts.add(new Script(List.copyOf(variants)));
        }
        return List.copyOf(scripts);
    }

    private static boolean isScript(Element pre) {
        if (pre.hasAttr(ScriptInfoExtension.ATTRIBUTE)) {
            return true;
        }
        Element code = pre.selectFirst(CODE_CHILD);
        return code != null && code.hasClass("language-script");
    }

    /** The next script block when only blank text separates it from {@code pre}. */
    private static Element nextScriptSibling(Element pre) {
        for (Node next = pre.nextSibling(); next != null; next = next.nextSibling()) {
            if (next instanceof TextNode text && text.isBlank()) {
                continue;
            }
            return next instanceof Element element && element.tagName().equals("pre") && isScript(element)
                    ? element : null;
        }
        return null;
    }

    private static Variant variant(Element pre) {
        String info = pre.attr(ScriptInfoExtension.ATTRIBUTE).strip();
        String label = info.length() > "script".length() ? info.substring("script".length()).strip() : "";
        Element code = pre.selectFirst(CODE_CHILD);
        String text = code == null ? pre.wholeText() : code.wholeText();
        if (text.endsWith("\n")) {
            text = text.substring(0, text.length() - 1);
        }
        int line;
        try {
            line = Integer.parseInt(pre.attr(SOURCE_LINE));
        } catch (NumberFormatException e) {
            line = 0;
        }
        return new Variant(label, text, line, pre);
    }
}
