package org.qunbook.parse;

import com.vladsch.flexmark.parser.InlineParser;
import com.vladsch.flexmark.parser.core.delimiter.Delimiter;
import com.vladsch.flexmark.parser.delimiter.DelimiterProcessor;
import com.vladsch.flexmark.parser.delimiter.DelimiterRun;
import com.vladsch.flexmark.util.ast.Node;

/**
 * A flexmark delimiter processor ({@code *}, {@code ~~}) with the {@link CjkFlanking} rules for
 * opening and closing; everything else is the plain processor's. One wrapper serves emphasis and
 * strikethrough, whose flexmark processors share no base class that decides flanking.
 */
record CjkFlankingProcessor(DelimiterProcessor plain) implements DelimiterProcessor {

    @Override
    public boolean canBeOpener(String before, String after, boolean leftFlanking, boolean rightFlanking,
                               boolean beforeIsPunctuation, boolean afterIsPunctuation,
                               boolean beforeIsWhitespace, boolean afterIsWhiteSpace) {
        return CjkFlanking.canOpen(before, leftFlanking, afterIsPunctuation, afterIsWhiteSpace);
    }

    @Override
    public boolean canBeCloser(String before, String after, boolean leftFlanking, boolean rightFlanking,
                               boolean beforeIsPunctuation, boolean afterIsPunctuation,
                               boolean beforeIsWhitespace, boolean afterIsWhiteSpace) {
        return CjkFlanking.canClose(after, rightFlanking, beforeIsPunctuation, beforeIsWhitespace);
    }

    @Override
    public char getOpeningCharacter() {
        return plain.getOpeningCharacter();
    }

    @Override
    public char getClosingCharacter() {
        return plain.getClosingCharacter();
    }

    @Override
    public int getMinLength() {
        return plain.getMinLength();
    }

    @Override
    public int getDelimiterUse(DelimiterRun opener, DelimiterRun closer) {
        return plain.getDelimiterUse(opener, closer);
    }

    @Override
    public void process(Delimiter opener, Delimiter closer, int delimitersUsed) {
        plain.process(opener, closer, delimitersUsed);
    }

    @Override
    public Node unmatchedDelimiterNode(InlineParser inlineParser, DelimiterRun delimiter) {
        return plain.unmatchedDelimiterNode(inlineParser, delimiter);
    }

    @Override
    public boolean skipNonOpenerCloser() {
        return plain.skipNonOpenerCloser();
    }
}
