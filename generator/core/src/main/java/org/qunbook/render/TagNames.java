package org.qunbook.render;

import org.qunbook.search.ScriptFolding;

/**
 * One tag however it is spelled: Traditional characters are folded to Simplified with the table
 * search uses, so {@code 歡迎語} and {@code 欢迎语} are one tag with one page (named in Simplified),
 * while each page still shows the tag as its writer spelled it.
 */
final class TagNames {

    private static final ScriptFolding FOLDING = ScriptFolding.openCc();

    private TagNames() {
    }

    static String canonical(String tag) {
        return FOLDING.toSimplified(tag.strip());
    }
}
