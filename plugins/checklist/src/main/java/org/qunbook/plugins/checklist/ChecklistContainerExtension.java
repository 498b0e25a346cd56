package org.qunbook.plugins.checklist;

import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.html.HtmlWriter;
import com.vladsch.flexmark.ast.ListItem;
import com.vladsch.flexmark.html.AttributeProvider;
import com.vladsch.flexmark.html.IndependentAttributeProviderFactory;
import com.vladsch.flexmark.html.renderer.AttributablePart;
import com.vladsch.flexmark.html.renderer.CoreNodeRenderer;
import com.vladsch.flexmark.html.renderer.LinkResolverContext;
import com.vladsch.flexmark.html.renderer.NodeRenderer;
import com.vladsch.flexmark.html.renderer.NodeRendererContext;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.MutableDataHolder;
import com.vladsch.flexmark.util.html.MutableAttributes;
import java.util.Set;

/**
 * Markdown syntax for an explicit checklist container:
 *
 * <pre>
 * ::: checklist 开群前自查 {#rules}
 * - [ ] 群规已置顶
 * :::
 * </pre>
 *
 * It renders as {@code <div data-checklist-container="rules" data-checklist-title="开群前自查">};
 * the plugin's transform turns the task list inside into the interactive checklist.
 */
final class ChecklistContainerExtension implements Parser.ParserExtension, HtmlRenderer.HtmlRendererExtension {

    static final String CONTAINER_ATTRIBUTE = "data-checklist-container";
    static final String TITLE_ATTRIBUTE = "data-checklist-title";
    static final String UNCLOSED_ATTRIBUTE = "data-checklist-unclosed";

    @Override
    public void parserOptions(MutableDataHolder options) {
    }

    @Override
    public void extend(Parser.Builder builder) {
        builder.customBlockParserFactory(new ChecklistContainerParser.Factory());
    }

    @Override
    public void rendererOptions(MutableDataHolder options) {
    }

    @Override
    public void extend(HtmlRenderer.Builder builder, String rendererType) {
        builder.nodeRendererFactory(options -> new Renderer());
        builder.attributeProviderFactory(new IndependentAttributeProviderFactory() {
            @Override
            public AttributeProvider apply(LinkResolverContext context) {
                return ChecklistContainerExtension::markListItemLine;
            }
        });
    }

    /**
     * The core marks nodes' lines on their NODE part only, but flexmark renders list items (task
     * items included) through the TIGHT/LOOSE_LIST_ITEM parts: mark those too, so problems with
     * an item can point at its line.
     */
    private static void markListItemLine(Node node, AttributablePart part, MutableAttributes attributes) {
        if (node instanceof ListItem && !attributes.contains("data-source-line")
                && (part == CoreNodeRenderer.TIGHT_LIST_ITEM || part == CoreNodeRenderer.LOOSE_LIST_ITEM)) {
            attributes.replaceValue("data-source-line", String.valueOf(node.getStartLineNumber() + 1));
        }
    }

    private static final class Renderer implements NodeRenderer {

        @Override
        public Set<NodeRenderingHandler<?>> getNodeRenderingHandlers() {
            return Set.of(new NodeRenderingHandler<>(ChecklistContainer.class, Renderer::render),
                    new NodeRenderingHandler<>(ChecklistContainerEnd.class, (node, context, html) -> { }));
        }

        private static void render(ChecklistContainer node, NodeRendererContext context, HtmlWriter html) {
            html.attr(CONTAINER_ATTRIBUTE, node.checklistId())
                    .attr(TITLE_ATTRIBUTE, node.title())
                    .attr("data-source-line", String.valueOf(node.openingLine() + 1));
            if (!node.closed()) {
                html.attr(UNCLOSED_ATTRIBUTE, "true");
            }
            html.withAttr().tagLineIndent("div", () -> context.renderChildren(node));
        }
    }
}
