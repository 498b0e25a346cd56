package org.qunbook.load;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.qunbook.api.Problem;
import org.qunbook.api.SourcePosition;
import org.qunbook.config.ContentType;
import org.qunbook.config.SiteConfig;
import org.qunbook.files.ConfinedTree;
import org.qunbook.problem.Problems;
import org.qunbook.yaml.YamlDocument;
import org.qunbook.yaml.YamlReader;
import org.qunbook.yaml.YamlSyntaxException;

/**
 * The load stage: walks the content folder, splits and checks front matter, decides URLs and
 * finds URL collisions. Markdown is not parsed here.
 */
public final class ContentLoader {

    /** Names in the content folder that are not content. */
    private static final String CONFIG_FILE = "qunbook.yml";
    private static final String THEME_OVERRIDES = "_theme";
    private static final String ARCHETYPES = "_archetypes";
    /** Plugin jars ({@code plugin_path: _plugins/}): never published with the site. */
    private static final String PLUGINS = "_plugins";
    /** Search data ({@code _search/synonyms.yml}): read by the build, not content. */
    private static final String SEARCH_DATA = "_search";

    private final SiteConfig config;
    private final Function<Path, String> displayPath;
    private final boolean includeDrafts;
    private final FrontMatterSplitter splitter = new FrontMatterSplitter();
    private final FrontMatterSchema schema = new FrontMatterSchema();
    private final UrlMapper urls = new UrlMapper();

    /**
     * @param displayPath   how files are named in problems
     * @param includeDrafts true under {@code serve} and with {@code --drafts}
     */
    public ContentLoader(SiteConfig config, Function<Path, String> displayPath, boolean includeDrafts) {
        this.config = config;
        this.displayPath = displayPath;
        this.includeDrafts = includeDrafts;
    }

    public LoadedContent load(Path contentDir, Problems problems) {
        GitDates dates = GitDates.read(contentDir);
        ConfinedTree.Walk walk = new ConfinedTree(contentDir, "the content folder").walk(ContentLoader::isIgnored);
        for (ConfinedTree.Escape escape : walk.escapes()) {
            problems.report(Problem.error(SourcePosition.fileOnly(displayPath.apply(escape.link())), escape.message()));
        }
        List<Path> files = walk.files();
        List<StaticFile> statics = new ArrayList<>();
        List<Path> markdown = new ArrayList<>();
        for (Path file : files) {
            String relative = relativePath(contentDir, file);
            if (relative.endsWith(".md")) {
                markdown.add(file);
            } else if (!relative.equals(CONFIG_FILE)) {
                statics.add(new StaticFile(relative, file));
            }
        }
        List<SourcePage> pages = markdown.parallelStream()
                .map(file -> loadPage(contentDir, file, dates, problems))
                .flatMap(Optional::stream)
                .filter(page -> includeDrafts || !page.draft())
                .toList();
        checkUrlCollisions(pages, statics, problems);
        return new LoadedContent(pages, statics, dates);
    }

    /**
     * {@code page}'s file read again after an edit (its last commit date kept: an edit is not a
     * commit). Empty, with problems reported, if it no longer loads.
     */
    public Optional<SourcePage> reload(Path contentDir, SourcePage page, Problems problems) {
        GitDates dates = GitDates.of(page.relativePath(), page.lastCommit());
        Path file = contentDir.resolve(page.relativePath());
        Optional<ConfinedTree.Escape> escape = new ConfinedTree(contentDir, "the content folder").escape(file);
        if (escape.isPresent()) {
            problems.report(Problem.error(SourcePosition.fileOnly(displayPath.apply(escape.get().link())),
                    escape.get().message()));
            return Optional.empty();
        }
        return loadPage(contentDir, file, dates, problems);
    }

    private Optional<SourcePage> loadPage(Path contentDir, Path file, GitDates dates, Problems problems) {
        String relative = relativePath(contentDir, file);
        String shown = displayPath.apply(file);
        String text;
        try {
            // A strict decoder: a file saved in GBK must be an error, not silently turned into '\uFFFD's.
            text = StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(Files.readAllBytes(file)))
                    .toString();
        } catch (CharacterCodingException e) {
            problems.report(Problem.error(SourcePosition.fileOnly(shown), "file is not valid UTF-8; save it as UTF-8"));
            return Optional.empty();
        } catch (IOException e) {
            problems.report(Problem.error(SourcePosition.fileOnly(shown), "cannot read file: " + e.getMessage()));
            return Optional.empty();
        }
        Optional<FrontMatterBlock> block;
        try {
            block = splitter.split(text);
        } catch (FrontMatterSplitter.UnclosedFrontMatterException e) {
            problems.report(Problem.error(SourcePosition.of(shown, 1), e.getMessage()));
            return Optional.empty();
        }
        if (block.isEmpty()) {
            problems.report(Problem.error(SourcePosition.of(shown, 1), "missing front matter: start the file with "
                    + "a '---' line, then 'title: ...', then another '---' line"));
            return Optional.empty();
        }
        YamlDocument yaml;
        try {
            yaml = new YamlReader().read(block.get().yaml(), block.get().yamlFirstLine());
        } catch (YamlSyntaxException e) {
            problems.report(Problem.error(new SourcePosition(shown, e.line(), e.column()), e.getMessage()));
            return Optional.empty();
        }
        PageFrontMatter frontMatter = new PageFrontMatter(yaml, shown, 1);
        String section = relative.contains("/") ? relative.substring(0, relative.indexOf('/')) : "";
        boolean isSection = relative.equals("_index.md") || relative.endsWith("/_index.md");
        Optional<ContentType> type = section.isEmpty() ? Optional.empty() : config.typeForFolder(section);
        // This page's own problems: pages load in parallel, so the shared collector cannot tell them apart.
        List<Problem> pageProblems = new ArrayList<>();
        schema.check(frontMatter, type, isSection, pageProblems::add);
        UrlMapper.Result url = urls.map(relative, frontMatter.findString("slug"));
        if (!url.isOk()) {
            pageProblems.add(Problem.error(frontMatter.positionOf("slug"), url.error()));
        }
        List<String> aliases = new ArrayList<>();
        boolean aliasesAreUrls = type.map(t -> !t.fields().containsKey("aliases")).orElse(true) || isSection;
        if (aliasesAreUrls) {
            for (String alias : frontMatter.strings("aliases")) {
                UrlMapper.Result mapped = urls.alias(alias);
                if (mapped.isOk()) {
                    aliases.add(mapped.url());
                } else {
                    pageProblems.add(Problem.error(frontMatter.positionOf("aliases"), mapped.error()));
                }
            }
        }
        pageProblems.forEach(problems::report);
        if (!pageProblems.isEmpty()) {
            return Optional.empty();
        }
        boolean draft = Boolean.TRUE.equals(frontMatter.find("draft").orElse(false));
        return Optional.of(new SourcePage(relative, shown, frontMatter, block.get().body(),
                block.get().bodyFirstLine(), url.url(), section, type, isSection, draft, aliases,
                Optional.ofNullable(dates.lastCommit(relative))));
    }

    private static void checkUrlCollisions(List<SourcePage> pages, List<StaticFile> statics, Problems problems) {
        Map<String, String> owners = new LinkedHashMap<>();
        List<SourcePage> sorted = pages.stream().sorted(Comparator.comparing(SourcePage::relativePath)).toList();
        for (SourcePage page : sorted) {
            claim(owners, page.url(), page.displayPath(), page.frontMatter().positionOf("slug"), problems);
        }
        for (SourcePage page : sorted) {
            for (String alias : page.urlAliases()) {
                claim(owners, alias, page.displayPath() + " (alias)", page.frontMatter().positionOf("aliases"),
                        problems);
            }
        }
        for (StaticFile file : statics) {
            if (file.relativePath().endsWith("/index.html") || file.relativePath().equals("index.html")) {
                String url = file.relativePath().substring(0, file.relativePath().length() - "index.html".length());
                claim(owners, url, "content/" + file.relativePath(), SourcePosition.fileOnly(
                        "content/" + file.relativePath()), problems);
            }
        }
    }

    private static void claim(Map<String, String> owners, String url, String owner, SourcePosition at,
                              Problems problems) {
        String previous = owners.putIfAbsent(url, owner);
        if (previous != null) {
            problems.report(Problem.error(at, "two pages map to the URL '/" + url + "': " + previous + " and "
                    + owner + "; rename one file or set a different 'slug'"));
        }
    }

    private static boolean isIgnored(Path relative) {
        // Top-level folders starting with '_' hold site data, not pages or files to copy: the
        // theme overrides, archetypes, plugins' data files (SiteContext.dataFile).
        if (relative.getNameCount() > 1 && relative.getName(0).toString().startsWith("_")) {
            return true;
        }
        for (Path part : relative) {
            String name = part.toString();
            if (name.startsWith(".") || name.equals(THEME_OVERRIDES) || name.equals(ARCHETYPES)
                    || name.equals(PLUGINS) || name.equals(SEARCH_DATA)) {
                return true;
            }
        }
        return false;
    }

    static String relativePath(Path root, Path file) {
        return root.relativize(file).toString().replace('\\', '/');
    }
}
