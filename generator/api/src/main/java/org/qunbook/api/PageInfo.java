package org.qunbook.api;

import java.util.List;

/**
 * What a plugin can know about a page without its content: URL, title, type, front matter,
 * source path, dates. Every hook sees pages as this; the hooks before render see them as
 * {@link PageView}, which adds the content. After the render stage (in
 * {@link SitePlugin#addSearchEntries} and {@link SitePlugin#postBuild}) pages are facts only:
 * their content has been released.
 *
 * @since API 2.0
 */
public interface PageInfo {

    /** Site-relative URL path without leading slash: {@code playbooks/setup-positioning/}; {@code ""} is home. */
    String url();

    String title();

    /** Content type name from {@code qunbook.yml} ({@code playbook}, {@code glossary}...), {@code ""} if none. */
    String type();

    /** Top-level section folder ({@code playbooks}), {@code ""} for pages at the root. */
    String section();

    /** True for a section page ({@code _index.md}). */
    boolean isSection();

    /** True for a page a plugin generated rather than a Markdown file. */
    boolean isGenerated();

    /** The source file as the user sees it ({@code content/playbooks/x.md}); the generating plugin's name otherwise. */
    String sourcePath();

    /** Position of a line of the Markdown body (1-based within the body), for problems. */
    SourcePosition bodyPosition(int bodyLine);

    FrontMatter frontMatter();

    /**
     * The Markdown body as written in the file: the text after the front matter, line endings as
     * they are ({@code \r\n} kept); {@code ""} for generated pages. Line 1 of it is
     * {@code bodyPosition(1)}; {@link Fix} offsets count from its start.
     */
    default String markdown() {
        return "";
    }

    String summary();

    List<String> tags();

    /**
     * When the page was last updated, {@code YYYY-MM-DD}: its {@code updated} front matter, else its
     * file's last commit; {@code ""} when unknown (never the build time).
     */
    default String updated() {
        return "";
    }
}
