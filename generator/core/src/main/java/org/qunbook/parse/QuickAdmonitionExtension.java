package org.qunbook.parse;

import com.vladsch.flexmark.ext.admonition.AdmonitionExtension;
import com.vladsch.flexmark.ext.admonition.internal.AdmonitionBlockParser;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.parser.block.BlockParserFactory;
import com.vladsch.flexmark.parser.block.BlockStart;
import com.vladsch.flexmark.parser.block.CustomBlockParserFactory;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.data.MutableDataHolder;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import com.vladsch.flexmark.util.sequence.mappers.SpecialLeadInHandler;
import java.util.Set;

/**
 * flexmark's admonitions ({@code !!! note "标题"}), with the same parser and HTML, asked only about
 * lines that can start one. flexmark 0.64's admonition parser compiles its regular expression each
 * time it is asked, and it is asked at every line that could start a block: that was a sixth of
 * the parse stage on the 1,000-page benchmark. A line starting with neither {@code !!!} nor
 * {@code ???} cannot match that expression, so skipping it changes nothing.
 */
final class QuickAdmonitionExtension implements Parser.ParserExtension, HtmlRenderer.HtmlRendererExtension {

    private final AdmonitionExtension admonitions = AdmonitionExtension.create();

    @Override
    public void parserOptions(MutableDataHolder options) {
        admonitions.parserOptions(options);
    }

    @Override
    public void rendererOptions(MutableDataHolder options) {
        admonitions.rendererOptions(options);
    }

    @Override
    public void extend(Parser.Builder builder) {
        builder.customBlockParserFactory(new Factory(new AdmonitionBlockParser.Factory()));
    }

    @Override
    public void extend(HtmlRenderer.Builder builder, String rendererType) {
        admonitions.extend(builder, rendererType);
    }

    /** flexmark's factory, its block parser factories wrapped in the line check. */
    private record Factory(CustomBlockParserFactory flexmark) implements CustomBlockParserFactory {
        @Override
        public BlockParserFactory apply(DataHolder options) {
            BlockParserFactory parsers = flexmark.apply(options);
            return (state, matched) -> {
                BasedSequence line = state.getLine();
                int at = state.getNextNonSpaceIndex();
                char marker = at < line.length() ? line.charAt(at) : 0;
                boolean maybe = (marker == '!' || marker == '?') && at + 2 < line.length()
                        && line.charAt(at + 1) == marker && line.charAt(at + 2) == marker;
                return maybe ? parsers.tryStart(state, matched) : BlockStart.none();
            };
        }

        @Override
        public Set<Class<?>> getAfterDependents() {
            return flexmark.getAfterDependents();
        }

        @Override
        public Set<Class<?>> getBeforeDependents() {
            return flexmark.getBeforeDependents();
        }

        @Override
        public boolean affectsGlobalScope() {
            return flexmark.affectsGlobalScope();
        }

        @Override
        public SpecialLeadInHandler getLeadInHandler(DataHolder options) {
            return flexmark.getLeadInHandler(options);
        }
    }
}
