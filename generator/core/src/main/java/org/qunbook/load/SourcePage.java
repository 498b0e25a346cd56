package org.qunbook.load;

import java.util.List;
import java.util.Optional;
import org.qunbook.api.SourcePosition;
import org.qunbook.config.ContentType;

/**
 * A Markdown page as loaded: front matter checked, URL decided, body not yet parsed.
 *
 * @param relativePath  path within the content folder, with {@code /} ({@code playbooks/x.md})
 * @param displayPath   the path printed in problems ({@code content/playbooks/x.md})
 * @param frontMatter   the checked front matter
 * @param body          the Markdown body
 * @param bodyFirstLine file line of the body's first line
 * @param url           site-relative URL ({@code playbooks/x/}, {@code ""} for home)
 * @param section       top-level folder, {@code ""} at the root
 * @param type          the content type, if the page's folder has one
 * @param isSection     true for {@code _index.md}
 * @param draft         true when {@code draft: true}
 * @param urlAliases    old URLs that redirect here (site-relative, ending in {@code /})
 * @param lastCommit    date of the file's last git commit, if the content is in a git checkout
 */
public record SourcePage(String relativePath, String displayPath, PageFrontMatter frontMatter, String body,
                         int bodyFirstLine, String url, String section, Optional<ContentType> type,
                         boolean isSection, boolean draft, List<String> urlAliases,
                         Optional<java.time.LocalDate> lastCommit) {

    public SourcePage {
        urlAliases = List.copyOf(urlAliases);
    }

    /** True if {@code other} differs from this page in its body text at most. */
    public boolean sameExceptBody(SourcePage other) {
        return equals(new SourcePage(other.relativePath, other.displayPath, other.frontMatter, body,
                other.bodyFirstLine, other.url, other.section, other.type, other.isSection, other.draft,
                other.urlAliases, other.lastCommit));
    }

    /** Where line {@code bodyLine} (1-based) of the Markdown body is in the file. */
    public SourcePosition bodyPosition(int bodyLine) {
        return SourcePosition.of(displayPath, bodyFirstLine + bodyLine - 1);
    }

    public String title() {
        return frontMatter.findString("title").orElse("");
    }

    /** {@code updated} from front matter, else the last commit's date, else empty; never the build time. */
    public String updated() {
        return frontMatter.findString("updated").map(s -> s.length() > 10 ? s.substring(0, 10) : s)
                .or(() -> lastCommit.map(java.time.LocalDate::toString)).orElse("");
    }

    public String typeName() {
        return type.map(ContentType::name).orElse("");
    }
}
