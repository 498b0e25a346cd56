package org.qunbook.parse;

import com.vladsch.flexmark.ast.HtmlBlock;
import com.vladsch.flexmark.ast.HtmlCommentBlock;
import com.vladsch.flexmark.ast.HtmlInline;
import com.vladsch.flexmark.ast.HtmlInlineComment;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.html.HtmlWriter;
import com.vladsch.flexmark.html.renderer.NodeRenderer;
import com.vladsch.flexmark.html.renderer.NodeRendererContext;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.DataKey;
import com.vladsch.flexmark.util.data.MutableDataHolder;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Renders the raw HTML of Markdown (HTML blocks, inline tags, comments) through
 * {@link RawHtmlFilter} instead of as written, and records each removal with its line and column in
 * the document's {@link #REMOVALS} list. Not installed when {@code markdown.unsafe_html} is set.
 */
final class RawHtmlExtension implements HtmlRenderer.HtmlRendererExtension {

    /** Where a rendering's removals go: set a fresh list on each document before rendering it. */
    static final DataKey<List<HtmlRemoval>> REMOVALS = new DataKey<>("QUNBOOK_HTML_REMOVALS", List.of());

    /** A page full of removals is listed this far (each removal's column costs a scan of its line). */
    static final int LISTED = 50;

    private final RawHtmlFilter filter = new RawHtmlFilter(new HtmlPolicy());

    @Override
    public void rendererOptions(MutableDataHolder options) {
    }

    @Override
    public void extend(HtmlRenderer.Builder builder, String rendererType) {
        builder.nodeRendererFactory(options -> new Renderer());
    }

    private final class Renderer implements NodeRenderer {
        @Override
        public Set<NodeRenderingHandler<?>> getNodeRenderingHandlers() {
            return Set.of(
                    new NodeRenderingHandler<>(HtmlBlock.class, (node, context, html) -> block(node, context, html)),
                    new NodeRenderingHandler<>(HtmlCommentBlock.class, (node, context, html) -> html.line()),
                    new NodeRenderingHandler<>(HtmlInline.class, (node, context, html) -> inline(node, context, html)),
                    new NodeRenderingHandler<>(HtmlInlineComment.class, (node, context, html) -> {
                    }));
        }

        private void inline(HtmlInline node, NodeRendererContext context, HtmlWriter html) {
            html.raw(filtered(node, node.getChars(), context, tag -> {
            }));
        }

        private void block(HtmlBlock node, NodeRendererContext context, HtmlWriter html) {
            html.line();
            html.rawPre(filtered(node, node.getContentChars(), context, tag -> {
            }));
            html.line();
        }
    }

    /**
     * Inline, {@code <script>}, its text and {@code </script>} are separate nodes: the filter drops
     * the tags, this drops what is between them (the renderer cannot: it has already read the next
     * node when it renders one). Call before rendering.
     */
    static void dropRawTextContent(Document document) {
        List<HtmlInline> openers = new ArrayList<>();
        for (Node node : document.getDescendants()) {
            if (node instanceof HtmlInline inline && RAW_TEXT_START.matcher(inline.getChars()).lookingAt()) {
                openers.add(inline);
            }
        }
        for (HtmlInline opener : openers) {
            if (opener.getParent() == null) {
                continue; // inside another's content, already gone
            }
            java.util.regex.Matcher start = RAW_TEXT_START.matcher(opener.getChars());
            start.lookingAt();
            java.util.regex.Pattern end = RawHtmlFilter.endTag(start.group(1));
            Node next = opener.getNext();
            while (next != null) {
                Node after = next.getNext();
                next.unlink();
                if (next instanceof HtmlInline && end.matcher(next.getChars()).lookingAt()) {
                    break;
                }
                next = after;
            }
        }
    }

    private static final java.util.regex.Pattern RAW_TEXT_START = java.util.regex.Pattern.compile(
            "<(" + String.join("|", HtmlPolicy.RAW_TEXT) + ")(?![A-Za-z0-9-])", java.util.regex.Pattern.CASE_INSENSITIVE);

    private String filtered(Node node, BasedSequence chars, NodeRendererContext context,
                            java.util.function.Consumer<String> unclosed) {
        List<RawHtmlFilter.Removed> removed = new ArrayList<>();
        String html = filter.filter(chars, removed, unclosed);
        if (!removed.isEmpty()) {
            Document document = context.getDocument();
            List<HtmlRemoval> removals = REMOVALS.get(document);
            BasedSequence text = node.getChars().getBaseSequence();
            for (RawHtmlFilter.Removed r : removed) {
                if (removals.size() > LISTED) {
                    break;
                }
                if (removals.size() == LISTED) {
                    removals.add(new HtmlRemoval(document.getLineNumber(chars.getStartOffset()) + 1, 0,
                            "more raw HTML (only the first " + LISTED + " removals of a page are listed)"));
                    break;
                }
                int offset = chars.getStartOffset() + r.offset();
                int lineStart = lastNewline(text, offset) + 1;
                removals.add(new HtmlRemoval(document.getLineNumber(offset) + 1, offset - lineStart + 1, r.what()));
            }
        }
        return html;
    }

    private static int lastNewline(BasedSequence text, int before) {
        for (int i = Math.min(before, text.length()) - 1; i >= 0; i--) {
            if (text.charAt(i) == '\n') {
                return i;
            }
        }
        return -1;
    }
}
