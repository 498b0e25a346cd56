package org.qunbook.plugins.checklist;

import com.vladsch.flexmark.util.ast.Block;
import com.vladsch.flexmark.util.sequence.BasedSequence;

/** The {@code ::: checklist Title {#id}} … {@code :::} container in the Markdown tree. */
final class ChecklistContainer extends Block {

    private String checklistId = "";
    private String title = "";
    private boolean closed;
    private int openingLine;

    String checklistId() {
        return checklistId;
    }

    String title() {
        return title;
    }

    boolean closed() {
        return closed;
    }

    /** 0-based line of the opening {@code ::: checklist} (the node's own span starts at its content). */
    int openingLine() {
        return openingLine;
    }

    void open(String checklistId, String title, int openingLine) {
        this.checklistId = checklistId;
        this.title = title;
        this.openingLine = openingLine;
    }

    void close() {
        closed = true;
    }

    @Override
    public BasedSequence[] getSegments() {
        return EMPTY_SEGMENTS;
    }
}
