package org.qunbook.plugins.scripts;

import com.vladsch.flexmark.ast.FencedCodeBlock;
import com.vladsch.flexmark.html.AttributeProvider;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.html.IndependentAttributeProviderFactory;
import com.vladsch.flexmark.html.renderer.AttributablePart;
import com.vladsch.flexmark.html.renderer.LinkResolverContext;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.MutableDataHolder;
import com.vladsch.flexmark.util.html.MutableAttributes;

/**
 * Writes the whole info string of a {@code ```script} fence onto its {@code <pre>} as
 * {@code data-script-info}: flexmark keeps only the first word (in the {@code language-} class),
 * and the variant label after {@code script} would otherwise be lost.
 */
final class ScriptInfoExtension implements HtmlRenderer.HtmlRendererExtension {

    static final String ATTRIBUTE = "data-script-info";

    @Override
    public void rendererOptions(MutableDataHolder options) {
    }

    @Override
    public void extend(HtmlRenderer.Builder builder, String rendererType) {
        builder.attributeProviderFactory(new IndependentAttributeProviderFactory() {
            @Override
            public AttributeProvider apply(LinkResolverContext context) {
                return ScriptInfoExtension::setAttributes;
            }
        });
    }

    private static void setAttributes(Node node, AttributablePart part, MutableAttributes attributes) {
        if (node instanceof FencedCodeBlock fence && part == AttributablePart.NODE) {
            String info = fence.getInfo().toString().strip();
            if (ScriptBlocks.isScriptInfo(info)) {
                attributes.replaceValue(ATTRIBUTE, info);
            }
        }
    }
}
