package org.qunbook.plugin;

import org.qunbook.api.HanziOrder;
import org.qunbook.api.TextTools;
import org.qunbook.search.ScriptFolding;

/** {@link TextTools} over the same folding table the search index uses. */
public record SiteTextTools(ScriptFolding folding, HanziOrder pinyin) implements TextTools {

    @Override
    public String foldToSimplified(String text) {
        return folding.toSimplified(text);
    }
}
