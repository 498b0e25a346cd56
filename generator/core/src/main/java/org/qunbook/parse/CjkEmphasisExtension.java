package org.qunbook.parse;

import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.parser.core.delimiter.AsteriskDelimiterProcessor;
import com.vladsch.flexmark.util.data.MutableDataHolder;

/**
 * Makes {@code *} and {@code **} emphasis work the way a Chinese writer means it (see
 * {@link CjkFlanking}).
 *
 * <p>CommonMark decides whether {@code **} opens or closes by looking at the characters on each
 * side. A closing {@code **} after punctuation must be followed by whitespace or punctuation, so
 * {@code **“私域”**流量} stays literal: Chinese puts no space before {@code 流}. Following the
 * "CJK-friendly" amendment proposed for CommonMark (and shipped as markdown-it-cjk-friendly), a
 * delimiter run next to punctuation also flanks when the character on its other side is CJK:
 * <ul>
 *   <li>left-flanking: not followed by whitespace, and followed by punctuation only when
 *       preceded by whitespace, punctuation <em>or a CJK character</em>;</li>
 *   <li>right-flanking: the mirror image.</li>
 * </ul>
 * Only {@code *} changes; {@code _} keeps the CommonMark rules because it is rare in Chinese text
 * and its intra-word rule protects snake_case.
 */
public final class CjkEmphasisExtension implements Parser.ParserExtension {

    public static CjkEmphasisExtension create() {
        return new CjkEmphasisExtension();
    }

    @Override
    public void parserOptions(MutableDataHolder options) {
        options.set(Parser.ASTERISK_DELIMITER_PROCESSOR, false);
    }

    @Override
    public void extend(Parser.Builder builder) {
        builder.customDelimiterProcessor(new CjkFlankingProcessor(
                new AsteriskDelimiterProcessor(Parser.STRONG_WRAPS_EMPHASIS.get(builder))));
    }
}
