package org.qunbook.parse;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;

/**
 * Limits checked before a page's Markdown is parsed, for input that flexmark would take minutes
 * over or overflow the stack with (cmark's pathological cases): nesting deeper than any handbook
 * needs, and paragraphs with so many code spans, links, link references or emphasis delimiters that
 * flexmark's work on them grows with the square of their number. Like markdown-it's
 * {@code maxNesting}, such a page is refused with the line and the construct, not half converted.
 * One pass over the text, linear in its length.
 */
public final class MarkdownLimits {

    /** A limit a page goes beyond: the 1-based line within the body where it does, and what. */
    public record Exceeded(int bodyLine, String message) {
    }

    static final int MAX_NESTING = 64;
    /** Backtick runs in one paragraph: flexmark copies the paragraph's remaining text for each. */
    static final int MAX_CODE_SPAN_RUNS = 2_000;
    /** Link or image destinations ({@code ](}) in one paragraph. */
    static final int MAX_LINK_DESTINATIONS = 2_000;
    /** Inline HTML tags, comments and autolinks ({@code <x}) in one paragraph: flexmark copies the rest for each. */
    static final int MAX_INLINE_TAGS = 2_000;
    /** Opening brackets in one paragraph. */
    static final int MAX_BRACKETS = 10_000;
    /** Emphasis delimiter runs ({@code *}, {@code _}, {@code ~}) in one paragraph. */
    static final int MAX_DELIMITER_RUNS = 10_000;
    /** HTML elements opened by lines of raw HTML and not closed on the same line, one inside the other. */
    static final int MAX_OPEN_HTML = 256;
    /**
     * Lines in one paragraph (a GFM table is one too, until it is recognised): flexmark looks at the
     * paragraph so far on every line that could underline a heading or start another block.
     */
    static final int MAX_PARAGRAPH_LINES = 5_000;
    /** Admonitions ({@code !!! tip}) in one page: flexmark's renderer copies its output so far for each. */
    static final int MAX_ADMONITIONS = 1_000;
    /** Footnote definitions ({@code [^x]: text}) in one page: flexmark's footnotes grow with their square. */
    static final int MAX_FOOTNOTES = 1_000;
    /** Link reference definitions ({@code [x]: url}) in one page. */
    static final int MAX_REFERENCE_DEFINITIONS = 2_000;

    private static final java.util.Set<String> VOID_ELEMENTS = java.util.Set.of("area", "base", "br", "col", "embed",
            "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr");

    private MarkdownLimits() {
    }

    public static Optional<Exceeded> check(String markdown) {
        Deque<Integer> listIndents = new ArrayDeque<>();
        int lineNumber = 0;
        int references = 0;
        int openHtml = 0;
        int footnotes = 0;
        int admonitions = 0;
        Paragraph paragraph = new Paragraph();
        String fence = null;
        int start = 0;
        int length = markdown.length();
        while (start <= length) {
            int end = markdown.indexOf('\n', start);
            if (end < 0) {
                end = length;
            }
            lineNumber++;
            int i = start;
            // block quote markers
            int quotes = 0;
            while (true) {
                int j = i;
                while (j < end && j - i < 3 && markdown.charAt(j) == ' ') {
                    j++;
                }
                if (j < end && markdown.charAt(j) == '>') {
                    quotes++;
                    i = j + 1;
                    if (i < end && markdown.charAt(i) == ' ') {
                        i++;
                    }
                } else {
                    break;
                }
            }
            if (quotes > MAX_NESTING) {
                return exceeded(lineNumber, "block quotes nested deeper than " + MAX_NESTING + " levels");
            }
            int indent = 0;
            while (i < end && (markdown.charAt(i) == ' ' || markdown.charAt(i) == '\t')) {
                indent += markdown.charAt(i) == '\t' ? 4 - indent % 4 : 1;
                i++;
            }
            boolean blank = i == end;
            if (fence != null) {
                if (markdown.startsWith(fence, i)) {
                    fence = null;
                }
                start = end + 1;
                continue;
            }
            if (markdown.startsWith("```", i) || markdown.startsWith("~~~", i)) {
                fence = markdown.substring(i, i + 3);
                paragraph = new Paragraph();
                start = end + 1;
                continue;
            }
            if (blank) {
                paragraph = new Paragraph();
                start = end + 1;
                continue;
            }
            int marker = listMarkerEnd(markdown, i, end);
            if (marker > 0) {
                paragraph = new Paragraph(); // a list item starts a paragraph of its own
                while (!listIndents.isEmpty() && listIndents.peek() > indent) {
                    listIndents.pop();
                }
                listIndents.push(indent + (marker - i) + 1);
                if (listIndents.size() > MAX_NESTING) {
                    return exceeded(lineNumber, "lists nested deeper than " + MAX_NESTING + " levels");
                }
            } else if (indent < (listIndents.isEmpty() ? 0 : listIndents.peek()) && paragraph.isEmpty()) {
                while (!listIndents.isEmpty() && listIndents.peek() > indent) {
                    listIndents.pop();
                }
            }
            if (i < end && markdown.charAt(i) == '<') {
                openHtml += htmlDepthChange(markdown, i, end);
                if (openHtml > MAX_OPEN_HTML) {
                    return exceeded(lineNumber, "more than " + MAX_OPEN_HTML
                            + " HTML elements left open one inside the other (a missing end tag?)");
                }
            }
            if ((markdown.startsWith("!!!", i) || markdown.startsWith("???", i)) && ++admonitions > MAX_ADMONITIONS) {
                return exceeded(lineNumber, "more than " + MAX_ADMONITIONS + " admonitions ('!!! tip') in one page");
            }
            if (markdown.startsWith("[^", i) && labelThenColon(markdown, i + 2, end)
                    && ++footnotes > MAX_FOOTNOTES) {
                return exceeded(lineNumber, "more than " + MAX_FOOTNOTES + " footnotes ('[^name]: text') in one page");
            }
            if (isReferenceDefinition(markdown, i, end) && ++references > MAX_REFERENCE_DEFINITIONS) {
                return exceeded(lineNumber, "more than " + MAX_REFERENCE_DEFINITIONS
                        + " link reference definitions ('[name]: url') in one page");
            }
            if (++paragraph.lines > MAX_PARAGRAPH_LINES) {
                return exceeded(paragraph.firstLine, "more than " + MAX_PARAGRAPH_LINES
                        + " lines in one paragraph or table without a blank line");
            }
            String over = paragraph.scan(markdown, i, end);
            if (over != null) {
                return exceeded(paragraph.firstLine == 0 ? lineNumber : paragraph.firstLine, over);
            }
            if (paragraph.firstLine == 0) {
                paragraph.firstLine = lineNumber;
            }
            start = end + 1;
        }
        return Optional.empty();
    }

    private static Optional<Exceeded> exceeded(int line, String what) {
        return Optional.of(new Exceeded(line, what + "; Markdown like this takes the converter minutes or "
                + "overflows it: split the page or simplify the structure"));
    }

    /** Inline constructs counted over one paragraph (lines up to a blank line). */
    private static final class Paragraph {
        int firstLine;
        int lines;
        int backtickRuns;
        int destinations;
        int brackets;
        int tags;
        int delimiterRuns;

        boolean isEmpty() {
            return firstLine == 0;
        }

        String scan(String text, int from, int end) {
            char previous = 0;
            for (int i = from; i < end; i++) {
                char c = text.charAt(i);
                if (c != previous) {
                    if (c == '`' && ++backtickRuns > MAX_CODE_SPAN_RUNS) {
                        return "more than " + MAX_CODE_SPAN_RUNS + " runs of backticks (code spans) in one paragraph";
                    }
                    if ((c == '*' || c == '_' || c == '~') && ++delimiterRuns > MAX_DELIMITER_RUNS) {
                        return "more than " + MAX_DELIMITER_RUNS + " emphasis delimiters (*, _, ~) in one paragraph";
                    }
                }
                if (c == '<' && i + 1 < end && isTagStart(text.charAt(i + 1)) && ++tags > MAX_INLINE_TAGS) {
                    return "more than " + MAX_INLINE_TAGS + " HTML tags or autolinks '<…>' in one paragraph";
                }
                if (c == '[' && ++brackets > MAX_BRACKETS) {
                    return "more than " + MAX_BRACKETS + " opening brackets '[' in one paragraph";
                }
                if (c == '(' && previous == ']' && ++destinations > MAX_LINK_DESTINATIONS) {
                    return "more than " + MAX_LINK_DESTINATIONS + " links or images '](' in one paragraph";
                }
                previous = c;
            }
            return null;
        }
    }

    private static boolean isTagStart(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '/' || c == '!' || c == '?';
    }

    /** The end of a list marker ({@code -}, {@code *}, {@code +}, {@code 1.}, {@code 1)}) at {@code i}, or -1. */
    private static int listMarkerEnd(String text, int i, int end) {
        if (i >= end) {
            return -1;
        }
        char c = text.charAt(i);
        int after;
        if (c == '-' || c == '*' || c == '+') {
            after = i + 1;
        } else {
            int j = i;
            while (j < end && j - i < 9 && Character.isDigit(text.charAt(j))) {
                j++;
            }
            if (j == i || j >= end || text.charAt(j) != '.' && text.charAt(j) != ')') {
                return -1;
            }
            after = j + 1;
        }
        return after == end || text.charAt(after) == ' ' || text.charAt(after) == '\t' ? after : -1;
    }

    /** +1 for a line opening an element it does not close ({@code <div>}), -1 for one closing ({@code </div>}). */
    private static int htmlDepthChange(String text, int i, int end) {
        if (i + 1 >= end) {
            return 0;
        }
        if (text.charAt(i + 1) == '/') {
            return -1;
        }
        if (!Character.isLetter(text.charAt(i + 1))) {
            return 0;
        }
        int nameEnd = i + 1;
        while (nameEnd < end && Character.isLetterOrDigit(text.charAt(nameEnd))) {
            nameEnd++;
        }
        String name = text.substring(i + 1, nameEnd).toLowerCase(java.util.Locale.ROOT);
        if (VOID_ELEMENTS.contains(name)) {
            return 0;
        }
        String close = "</" + name;
        String line = text.substring(i, end);
        return line.toLowerCase(java.util.Locale.ROOT).contains(close) || line.endsWith("/>") ? 0 : 1;
    }

    private static boolean isReferenceDefinition(String text, int i, int end) {
        if (i >= end || text.charAt(i) != '[' || i + 1 < end && text.charAt(i + 1) == '^') {
            return false;
        }
        return labelThenColon(text, i + 1, end);
    }

    /** Whether the line goes on from {@code from} to a {@code ]} followed by {@code :}. */
    private static boolean labelThenColon(String text, int from, int end) {
        for (int j = from; j + 1 < end; j++) {
            if (text.charAt(j) == ']') {
                return text.charAt(j + 1) == ':';
            }
        }
        return false;
    }
}
