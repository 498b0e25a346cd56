package org.qunbook.plugins.copyedit;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the prose in a page's Markdown body: the pieces of text a writer wrote as sentences,
 * with their offsets in the body, leaving out everything else — fenced and indented code, code
 * spans, link and image destinations, URLs and e-mail addresses, HTML tags and comments (with
 * their attributes), {@code {{placeholders}}}, {@code {.attribute}} blocks, footnote and
 * reference labels, block markers (headings, lists, quotes, task boxes, table pipes) and lines a
 * writer switched off with {@code <!-- copyedit-disable-line -->}, {@code -disable-next-line}
 * or a {@code <!-- copyedit-disable -->} … {@code <!-- copyedit-enable -->} block.
 *
 * <p>A line-based scanner rather than a Markdown parser: it needs exact source offsets of prose
 * only, and it must read the text of {@code ```script} fences (copy sent to customers) that a
 * parser would hand over as code.
 */
final class MarkdownProse {

    /** A piece of prose: {@code body[start, end)}, one line at most. */
    record Piece(int start, int end) {
    }

    /**
     * The prose of one source line.
     *
     * @param pieces  its pieces, in order
     * @param copy    whether the line is inside a copy fence ({@code ```script}): text sent as is
     */
    record Line(List<Piece> pieces, boolean copy) {
    }

    private static final Pattern DIRECTIVE = Pattern.compile(
            "<!--\\s*copyedit-(disable-line|disable-next-line|disable|enable)\\s*-->");
    private static final Pattern FENCE = Pattern.compile("^[ \\t]*(?:>[ \\t]?)*[ \\t]*(`{3,}|~{3,})[ \\t]*([^`\\s]*)");
    private static final Pattern LIST_ITEM = Pattern.compile("^[ \\t]{0,3}(?:[-*+]|\\d{1,9}[.)])(?:[ \\t]|$)");
    private static final Pattern ADMONITION = Pattern.compile("^(?:!!!|\\?\\?\\?\\+?)[ \\t]+\\S+");
    private static final Pattern BLOCK_PREFIX = Pattern.compile(
            "^[ \\t]*(?:(?:>[ \\t]?)+[ \\t]*)?(?:(?:[-*+]|\\d{1,9}[.)])[ \\t]+)?(?:\\[[ xX]][ \\t]+)?(?:#{1,6}[ \\t]+|:[ \\t]+)?");
    private static final Pattern SKIPPED_LINE = Pattern.compile(
            "^[ \\t]{0,3}(?:\\[[^\\]^][^\\]]*]:\\s|\\[TOC]\\s*$|\\|?[ \\t]*:?-{2,}:?[ \\t]*(?:\\|[ \\t]*:?-{2,}:?[ \\t]*)*\\|?\\s*$"
                    + "|[=-]{2,}\\s*$|(?:\\*[ \\t]*){3,}$|(?:_[ \\t]*){3,}$)");
    private static final Pattern FOOTNOTE_DEFINITION = Pattern.compile("^[ \\t]{0,3}\\[\\^[^\\]]+]:[ \\t]*");
    private static final Pattern RAW_BLOCK = Pattern.compile("^[ \\t]{0,3}<(script|style|pre|textarea)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern URL = Pattern.compile(
            "(?:[a-zA-Z][a-zA-Z0-9+.-]{1,20}://|www\\.)[^\\s<>\"'（）【】「」《》“”‘’，。；！？、]*"
                    + "|[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\\.[A-Za-z0-9-]+)+");
    private static final Pattern AUTOLINK = Pattern.compile("<(?:[a-zA-Z][a-zA-Z0-9+.-]{1,31}:[^\\s<>]*|[^\\s<>@]+@[^\\s<>]+)>");
    private static final Pattern TAG = Pattern.compile("</?[A-Za-z][A-Za-z0-9-]*(?:\\s[^<>]*)?/?>");
    private static final Pattern ENTITY = Pattern.compile("&(?:#\\d{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});");
    private static final Pattern ATTRIBUTES = Pattern.compile("\\{[ \\t]*(?:[.#][^{}]*|[A-Za-z_-]+=[^{}]*)}");

    private final List<String> copyFences;

    /** @param copyFences fence info words whose text is prose (copy), e.g. {@code script} */
    MarkdownProse(List<String> copyFences) {
        this.copyFences = List.copyOf(copyFences);
    }

    List<Line> lines(String body) {
        List<Line> lines = new ArrayList<>();
        State state = new State();
        int start = 0;
        while (start <= body.length()) {
            int newline = body.indexOf('\n', start);
            int end = newline < 0 ? body.length() : newline;
            int contentEnd = end > start && body.charAt(end - 1) == '\r' ? end - 1 : end;
            lines.add(line(body, start, contentEnd, state));
            if (newline < 0) {
                break;
            }
            start = newline + 1;
        }
        return lines;
    }

    /** What the scan carries from line to line. */
    private static final class State {
        String fence;          // the open fence's run (``` or ~~~~), null outside fences
        boolean copyFence;
        boolean indentedCode;
        boolean inContainer;   // inside a list item or admonition: indented lines are its text
        boolean previousBlank = true;
        String rawBlock;       // <pre>, <script>…: until its closing tag
        boolean comment;       // inside a multi-line HTML comment
        boolean disabled;      // between copyedit-disable and copyedit-enable
        boolean disableNext;
    }

    private Line line(String body, int start, int end, State state) {
        String text = body.substring(start, end);
        boolean skip = state.disabled || state.disableNext;
        state.disableNext = false;
        Matcher directive = DIRECTIVE.matcher(text);
        while (directive.find()) {
            switch (directive.group(1)) {
                case "disable-line" -> skip = true;
                case "disable-next-line" -> state.disableNext = true;
                case "disable" -> {
                    state.disabled = true;
                    skip = true;
                }
                default -> state.disabled = false;
            }
        }
        boolean blank = text.isBlank();
        List<Piece> pieces = new ArrayList<>();
        boolean copy = false;
        if (state.fence != null) {
            if (isClosingFence(text, state.fence)) {
                state.fence = null;
            } else if (state.copyFence) {
                copy = true;
                if (!skip) {
                    inline(body, start, end, 0, pieces, state, true);
                }
            }
        } else if (state.rawBlock != null) {
            if (text.toLowerCase(java.util.Locale.ROOT).contains("</" + state.rawBlock)) {
                state.rawBlock = null;
            }
        } else {
            Matcher fence = FENCE.matcher(text);
            Matcher raw = RAW_BLOCK.matcher(text);
            int indent = indentation(text);
            if (state.indentedCode && (blank || indent >= 4)) {
                // still code
            } else if (fence.find()) {
                state.fence = fence.group(1);
                state.copyFence = copyFences.contains(fence.group(2));
                state.indentedCode = false;
            } else if (raw.find() && !state.comment) {
                String tag = raw.group(1).toLowerCase(java.util.Locale.ROOT);
                if (!text.toLowerCase(java.util.Locale.ROOT).contains("</" + tag)) {
                    state.rawBlock = tag;
                }
            } else if (!blank && indent >= 4 && state.previousBlank && !state.inContainer && !state.comment) {
                state.indentedCode = true;
            } else {
                state.indentedCode = false;
                if (!blank && indent < 4 && !(indent > 0 && state.inContainer)) {
                    boolean opens = LIST_ITEM.matcher(text).find() || ADMONITION.matcher(text).find();
                    if (opens) {
                        state.inContainer = true;
                    } else if (state.previousBlank && indent == 0) {
                        state.inContainer = false;
                    }
                }
                if (!blank && !skip && !SKIPPED_LINE.matcher(text).find()) {
                    inline(body, start, end, prefixLength(text), pieces, state, false);
                } else if (!blank && skip) {
                    skipComments(text, state);
                }
            }
        }
        state.previousBlank = blank;
        return new Line(List.copyOf(pieces), copy);
    }

    private static boolean isClosingFence(String text, String fence) {
        String stripped = text.strip();
        while (stripped.startsWith(">")) {
            stripped = stripped.substring(1).strip();
        }
        if (stripped.isEmpty() || stripped.charAt(0) != fence.charAt(0)) {
            return false;
        }
        int run = 0;
        while (run < stripped.length() && stripped.charAt(run) == fence.charAt(0)) {
            run++;
        }
        return run >= fence.length() && stripped.substring(run).isBlank();
    }

    private static int indentation(String text) {
        int columns = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == ' ') {
                columns++;
            } else if (c == '\t') {
                columns += 4 - columns % 4;
            } else {
                break;
            }
        }
        return columns;
    }

    /** Block markers before the line's text: indentation, quote, list, task box, heading, admonition. */
    private static int prefixLength(String text) {
        Matcher admonition = ADMONITION.matcher(text);
        if (admonition.find()) {
            return admonition.end();
        }
        Matcher footnote = FOOTNOTE_DEFINITION.matcher(text);
        if (footnote.find()) {
            return footnote.end();
        }
        Matcher prefix = BLOCK_PREFIX.matcher(text);
        return prefix.find() ? prefix.end() : 0;
    }

    private static void skipComments(String text, State state) {
        int at = 0;
        while (at < text.length()) {
            if (state.comment) {
                int close = text.indexOf("-->", at);
                if (close < 0) {
                    return;
                }
                state.comment = false;
                at = close + 3;
            } else {
                int open = text.indexOf("<!--", at);
                if (open < 0) {
                    return;
                }
                state.comment = true;
                at = open + 4;
            }
        }
    }

    /**
     * Splits {@code body[lineStart + from, lineEnd)} into prose pieces at everything that is not
     * prose. In a copy fence only placeholders are not prose.
     */
    private static void inline(String body, int lineStart, int lineEnd, int from, List<Piece> pieces, State state,
                               boolean copy) {
        String text = body.substring(lineStart, lineEnd);
        int pieceStart = from;
        int i = from;
        while (i < text.length()) {
            int skipTo = -1;
            char c = text.charAt(i);
            if (state.comment) {
                int close = text.indexOf("-->", i);
                skipTo = close < 0 ? text.length() : close + 3;
                state.comment = close < 0;
            } else if (c == '{' && text.startsWith("{{", i)) {
                int close = text.indexOf("}}", i + 2);
                skipTo = close < 0 ? i + 2 : close + 2;
            } else if (copy) {
                skipTo = -1;
            } else if (c == '\\' && i + 1 < text.length()) {
                skipTo = i + 2;
            } else if (c == '`') {
                int run = runLength(text, i, '`');
                int close = closingRun(text, i + run, run);
                skipTo = close < 0 ? i + run : close + run;
            } else if (c == '<') {
                if (text.startsWith("<!--", i)) {
                    int close = text.indexOf("-->", i + 4);
                    skipTo = close < 0 ? text.length() : close + 3;
                    state.comment = close < 0;
                } else {
                    skipTo = matchAt(AUTOLINK, text, i);
                    if (skipTo < 0) {
                        skipTo = matchAt(TAG, text, i);
                    }
                }
            } else if (c == '!' && text.startsWith("![", i)) {
                skipTo = i + 2;
            } else if (c == '[') {
                skipTo = text.startsWith("[^", i) && text.indexOf(']', i) > 0 ? text.indexOf(']', i) + 1 : i + 1;
            } else if (c == ']') {
                skipTo = linkTail(text, i);
            } else if (c == '|') {
                skipTo = i + 1;
            } else if (c == '{') {
                skipTo = matchAt(ATTRIBUTES, text, i);
            } else if (c == '&') {
                skipTo = matchAt(ENTITY, text, i);
            } else if ((i == 0 || !Character.isLetterOrDigit(text.charAt(i - 1)) || Scripts.isCjk(text.charAt(i - 1)))
                    && Character.isLetterOrDigit(c)) {
                skipTo = matchAt(URL, text, i);
            }
            if (skipTo > i) {
                addPiece(text, lineStart, pieceStart, i, pieces);
                i = skipTo;
                pieceStart = i;
            } else {
                i++;
            }
        }
        addPiece(text, lineStart, pieceStart, text.length(), pieces);
    }

    private static void addPiece(String text, int lineStart, int start, int end, List<Piece> pieces) {
        if (start < end && !text.substring(start, end).isBlank()) {
            pieces.add(new Piece(lineStart + start, lineStart + end));
        }
    }

    private static int runLength(String text, int at, char c) {
        int run = 0;
        while (at + run < text.length() && text.charAt(at + run) == c) {
            run++;
        }
        return run;
    }

    /** The start of the next run of exactly {@code run} backticks, or -1. */
    private static int closingRun(String text, int from, int run) {
        int i = from;
        while (i < text.length()) {
            if (text.charAt(i) == '`') {
                int length = runLength(text, i, '`');
                if (length == run) {
                    return i;
                }
                i += length;
            } else {
                i++;
            }
        }
        return -1;
    }

    /** After a {@code ]}: the link's {@code (destination "title")} or {@code [label]} too, if any. */
    private static int linkTail(String text, int at) {
        int next = at + 1;
        if (next < text.length() && text.charAt(next) == '(') {
            int depth = 0;
            for (int i = next; i < text.length(); i++) {
                char c = text.charAt(i);
                if (c == '\\') {
                    i++;
                } else if (c == '(') {
                    depth++;
                } else if (c == ')' && --depth == 0) {
                    return i + 1;
                }
            }
            return text.length();
        }
        if (next < text.length() && text.charAt(next) == '[') {
            int close = text.indexOf(']', next);
            return close < 0 ? next + 1 : close + 1;
        }
        return next;
    }

    private static int matchAt(Pattern pattern, String text, int at) {
        Matcher matcher = pattern.matcher(text).region(at, text.length());
        return matcher.lookingAt() ? matcher.end() : -1;
    }
}
