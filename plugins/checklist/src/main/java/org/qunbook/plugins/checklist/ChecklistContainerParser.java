package org.qunbook.plugins.checklist;

import com.vladsch.flexmark.parser.block.AbstractBlockParser;
import com.vladsch.flexmark.parser.block.AbstractBlockParserFactory;
import com.vladsch.flexmark.parser.block.BlockContinue;
import com.vladsch.flexmark.parser.block.BlockParser;
import com.vladsch.flexmark.parser.block.BlockParserFactory;
import com.vladsch.flexmark.parser.block.BlockStart;
import com.vladsch.flexmark.parser.block.CustomBlockParserFactory;
import com.vladsch.flexmark.parser.block.MatchedBlockParser;
import com.vladsch.flexmark.parser.block.ParserState;
import com.vladsch.flexmark.util.ast.Block;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.data.DataKey;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses {@code ::: checklist Title {#id}} up to a line holding only {@code :::}.
 *
 * <p>The closing line is not consumed by {@link #tryContinue}: flexmark would then close the
 * container but leave an open list inside it dangling. Instead the container stops matching,
 * notes the closing line's offset in the document, and the factory claims that line as an empty
 * {@link ChecklistContainerEnd} block — which closes the container and everything in it cleanly.
 */
final class ChecklistContainerParser extends AbstractBlockParser {

    private static final Pattern OPENING = Pattern.compile(
            "^:::[ \\t]*checklist(?:[ \\t]+(.*?))?[ \\t]*(?:\\{[ \\t]*#([^\\s}]+)[ \\t]*\\})?[ \\t]*$");
    private static final String CLOSING = ":::";
    /** Start offset of the closing line a container has just stopped at (per document). */
    private static final DataKey<Integer> CLOSING_LINE = new DataKey<>("CHECKLIST_CLOSING_LINE", -1);

    private final ChecklistContainer block = new ChecklistContainer();

    private ChecklistContainerParser(String checklistId, String title, int openingLine) {
        block.open(checklistId, title, openingLine);
    }

    @Override
    public Block getBlock() {
        return block;
    }

    @Override
    public boolean isContainer() {
        return true;
    }

    @Override
    public boolean canContain(ParserState state, BlockParser blockParser, Block child) {
        return true;
    }

    @Override
    public BlockContinue tryContinue(ParserState state) {
        if (isClosingLine(state)) {
            block.close();
            state.getProperties().set(CLOSING_LINE, state.getLine().getStartOffset());
            return BlockContinue.none();
        }
        return BlockContinue.atIndex(state.getIndex());
    }

    @Override
    public void closeBlock(ParserState state) {
        block.setCharsFromContent();
    }

    private static boolean isClosingLine(ParserState state) {
        return state.getIndent() < 4
                && state.getLine().subSequence(state.getNextNonSpaceIndex()).trim().toString().equals(CLOSING);
    }

    /** Registers the parser with flexmark. */
    static final class Factory implements CustomBlockParserFactory {
        @Override
        public Set<Class<?>> getAfterDependents() {
            return null;
        }

        @Override
        public Set<Class<?>> getBeforeDependents() {
            return null;
        }

        @Override
        public boolean affectsGlobalScope() {
            return false;
        }

        @Override
        public BlockParserFactory apply(DataHolder options) {
            return new StartFactory(options);
        }
    }

    private static final class StartFactory extends AbstractBlockParserFactory {

        StartFactory(DataHolder options) {
            super(options);
        }

        @Override
        public BlockStart tryStart(ParserState state, MatchedBlockParser matchedBlockParser) {
            if (state.getIndent() >= 4) {
                return BlockStart.none();
            }
            var line = state.getLine();
            if (CLOSING_LINE.get(state.getProperties()) == line.getStartOffset() && isClosingLine(state)) {
                return BlockStart.of(new EndParser()).atIndex(line.length());
            }
            int first = state.getNextNonSpaceIndex();
            // every line of every page comes here: look at its first character before making a String
            if (first >= line.length() || line.charAt(first) != ':') {
                return BlockStart.none();
            }
            Matcher opening = OPENING.matcher(line.subSequence(first).trim().toString());
            if (!opening.matches()) {
                return BlockStart.none();
            }
            String title = opening.group(1) == null ? "" : opening.group(1).strip();
            String id = opening.group(2) == null ? "" : opening.group(2);
            return BlockStart.of(new ChecklistContainerParser(id, title, state.getLineNumber())).atIndex(line.length());
        }
    }

    /** The one-line closing block. */
    private static final class EndParser extends AbstractBlockParser {
        private final ChecklistContainerEnd end = new ChecklistContainerEnd();

        @Override
        public Block getBlock() {
            return end;
        }

        @Override
        public BlockContinue tryContinue(ParserState state) {
            return BlockContinue.none();
        }

        @Override
        public void closeBlock(ParserState state) {
            end.setCharsFromContent();
        }
    }
}
