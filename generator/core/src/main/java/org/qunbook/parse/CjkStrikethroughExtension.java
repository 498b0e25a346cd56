package org.qunbook.parse;

import com.vladsch.flexmark.ext.gfm.strikethrough.StrikethroughExtension;
import com.vladsch.flexmark.ext.gfm.strikethrough.internal.StrikethroughDelimiterProcessor;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.data.MutableDataHolder;

/**
 * GFM strikethrough ({@code ~~…~~}) with the CJK-friendly flanking rule of {@link CjkFlanking}:
 * flexmark's own extension keeps its renderer, its delimiter processor is replaced.
 */
final class CjkStrikethroughExtension implements Parser.ParserExtension, HtmlRenderer.HtmlRendererExtension {

    private final HtmlRenderer.HtmlRendererExtension renderer =
            (HtmlRenderer.HtmlRendererExtension) StrikethroughExtension.create();

    @Override
    public void parserOptions(MutableDataHolder options) {
    }

    @Override
    public void extend(Parser.Builder builder) {
        builder.customDelimiterProcessor(new CjkFlankingProcessor(new StrikethroughDelimiterProcessor()));
    }

    @Override
    public void rendererOptions(MutableDataHolder options) {
        renderer.rendererOptions(options);
    }

    @Override
    public void extend(HtmlRenderer.Builder builder, String rendererType) {
        renderer.extend(builder, rendererType);
    }
}
