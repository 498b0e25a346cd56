package org.qunbook.parse;

import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.ImageRef;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ast.LinkRef;
import com.vladsch.flexmark.html.AttributeProvider;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.html.IndependentAttributeProviderFactory;
import com.vladsch.flexmark.html.renderer.AttributablePart;
import com.vladsch.flexmark.html.renderer.LinkResolverContext;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.MutableDataHolder;
import com.vladsch.flexmark.util.html.MutableAttributes;

/**
 * Writes each link's and image's Markdown line into a {@code data-source-line} attribute, so
 * later stages working on HTML can report a broken link with file:line. The transform stage
 * removes the attribute before output.
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
        if (node instanceof Link || node instanceof Image || node instanceof LinkRef || node instanceof ImageRef) {
            if (part == AttributablePart.LINK || part == AttributablePart.NODE) {
                attributes.replaceValue(ATTRIBUTE, String.valueOf(node.getStartLineNumber() + 1));
            }
        }
    }
}
