package org.qunbook.parse;

import com.vladsch.flexmark.ast.FencedCodeBlock;
import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.ListItem;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ext.tables.TableBlock;
import com.vladsch.flexmark.ast.ImageRef;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ast.LinkRef;
import com.vladsch.flexmark.html.AttributeProvider;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.html.IndependentAttributeProviderFactory;
import com.vladsch.flexmark.html.renderer.CoreNodeRenderer;
import com.vladsch.flexmark.html.renderer.AttributablePart;
import com.vladsch.flexmark.html.renderer.LinkResolverContext;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.MutableDataHolder;
import com.vladsch.flexmark.util.html.MutableAttributes;

/**
 * Writes the Markdown line of links, images, headings, paragraphs, list items, tables and code
 * blocks into a {@code data-source-line} attribute (1-based within the body), so stages and
 * plugins working on HTML can report problems with file:line. The transform stage removes the
 * attribute after plugin transforms, before output.
 */
public final class SourceLineExtension implements HtmlRenderer.HtmlRendererExtension {

    public static final String ATTRIBUTE = "data-source-line";

    @Override
    public void rendererOptions(MutableDataHolder options) {
    }

    @Override
    public void extend(HtmlRenderer.Builder builder, String rendererType) {
        builder.attributeProviderFactory(new IndependentAttributeProviderFactory() {
            @Override
            public AttributeProvider apply(LinkResolverContext context) {
                return SourceLineExtension::setAttributes;
            }
        });
    }

    private static void setAttributes(Node node, AttributablePart part, MutableAttributes attributes) {
        boolean inline = node instanceof Link || node instanceof Image || node instanceof LinkRef
                || node instanceof ImageRef;
        boolean block = node instanceof Heading || node instanceof Paragraph || node instanceof ListItem
                || node instanceof FencedCodeBlock || node instanceof TableBlock;
        // flexmark renders list items through their own parts, not NODE.
        boolean listItemPart = part == CoreNodeRenderer.TIGHT_LIST_ITEM || part == CoreNodeRenderer.LOOSE_LIST_ITEM;
        if (inline && (part == AttributablePart.LINK || part == AttributablePart.NODE)
                || block && (part == AttributablePart.NODE || listItemPart)) {
            attributes.replaceValue(ATTRIBUTE, String.valueOf(node.getStartLineNumber() + 1));
        }
    }
}
