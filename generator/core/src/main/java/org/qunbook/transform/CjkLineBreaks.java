package org.qunbook.transform;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;

/**
 * Removes the line break a writer leaves inside a Chinese paragraph: browsers render it as a
 * space, which is wrong between two Chinese characters ("社群\n运营" must read 社群运营). Breaks
 * next to Latin text stay, where they are real word spaces. Preformatted text is left alone.
 */
final class CjkLineBreaks {

    void apply(Element content) {
        NodeTraversor.traverse((node, depth) -> {
            if (node instanceof TextNode text && text.getWholeText().indexOf('\n') >= 0 && !inPre(text)) {
                text.text(join(text.getWholeText()));
            }
        }, content);
    }

    private static boolean inPre(TextNode text) {
        for (org.jsoup.nodes.Node n = text.parent(); n != null; n = n.parent()) {
            if (n instanceof Element e && (e.normalName().equals("pre") || e.normalName().equals("code")
                    || e.normalName().equals("script") || e.normalName().equals("textarea"))) {
                return true;
            }
        }
        return false;
    }

    static String join(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' && i > 0 && i + 1 < text.length() && isWide(text.charAt(i - 1))
                    && isWide(text.charAt(i + 1))) {
                continue;
            }
            out.append(c);
        }
        return out.toString();
    }

    private static boolean isWide(char c) {
        Character.UnicodeScript script = Character.UnicodeScript.of(c);
        return script == Character.UnicodeScript.HAN || Character.UnicodeBlock.of(c)
                == Character.UnicodeBlock.CJK_SYMBOLS_AND_PUNCTUATION
                || Character.UnicodeBlock.of(c) == Character.UnicodeBlock.HALFWIDTH_AND_FULLWIDTH_FORMS;
    }
}
