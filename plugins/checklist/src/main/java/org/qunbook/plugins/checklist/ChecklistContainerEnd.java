package org.qunbook.plugins.checklist;

import com.vladsch.flexmark.util.ast.Block;
import com.vladsch.flexmark.util.sequence.BasedSequence;

/** The closing {@code :::} line of a checklist container; renders nothing. */
final class ChecklistContainerEnd extends Block {

    @Override
    public BasedSequence[] getSegments() {
        return EMPTY_SEGMENTS;
    }
}
