package org.qunbook.plugins.copyedit;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.qunbook.api.ContentLoadedContext;
import org.qunbook.api.Fix;
import org.qunbook.api.PageInfo;
import org.qunbook.api.PluginSetup;
import org.qunbook.api.Problem;
import org.qunbook.api.Severity;
import org.qunbook.api.SitePlugin;
import org.qunbook.api.SourcePosition;

/**
 * Copyediting for Chinese writers: spacing and punctuation (AutoCorrect's rules), the site's
 * vocabulary and advertising-law wording, reported as ordinary problems at their place in the
 * Markdown, each safe one with a {@link Fix} that {@code qunbook fix} applies.
 */
public final class CopyeditPlugin implements SitePlugin {

    private CopyeditOptions options;

    @Override
    public String name() {
        return "copyedit";
    }

    @Override
    public void configure(PluginSetup setup) {
        options = setup.options(CopyeditOptions.class);
    }

    @Override
    public void contentLoaded(ContentLoadedContext context) {
        Vocabulary vocabulary = options.severity("vocabulary").isPresent()
                ? VocabularyFile.read(context.dataFile(options.vocabulary()), context) : Vocabulary.EMPTY;
        List<TextRule> rules = new Typography(options.rangeMark()).allRules().stream()
                .filter(rule -> options.severity(rule.id()).isPresent()).toList();
        ProseChecker checker = new ProseChecker(vocabulary, rules);
        MarkdownProse prose = new MarkdownProse(options.copyFences());
        CopyeditOptions.AdLaw adLaw = options.adLaw();
        Optional<AdLawTerms> terms = options.severity("ad-law")
                .map(s -> AdLawTerms.of(adLaw.terms(), adLaw.allow(), adLaw.replaceDefaultTerms()));
        context.pages().parallelStream().filter(page -> !page.isGenerated()).forEach(page -> {
            List<Problem> problems = new ArrayList<>();
            check(page, prose, checker, terms.filter(t -> adLaw.types().contains(page.type())), problems);
            problems.forEach(context::report);
        });
    }

    private void check(PageInfo page, MarkdownProse prose, ProseChecker checker, Optional<AdLawTerms> adLaw,
                       List<Problem> problems) {
        String body = page.markdown();
        if (body.isEmpty()) {
            return;
        }
        LinePositions positions = new LinePositions(page, body);
        Set<String> accepted = ownSpellings(page);
        for (MarkdownProse.Line line : prose.lines(body)) {
            boolean lineHasCjk = line.pieces().stream()
                    .anyMatch(piece -> Scripts.hasCjk(body.substring(piece.start(), piece.end())));
            for (MarkdownProse.Piece piece : line.pieces()) {
                String text = body.substring(piece.start(), piece.end());
                ProseChecker.Result result = checker.check(text, lineHasCjk, accepted);
                Optional<Fix> fix = result.fixed().equals(text) ? Optional.empty()
                        : Optional.of(new Fix(piece.start(), piece.end(), result.fixed()));
                for (Finding finding : result.findings()) {
                    Severity severity = options.severity(finding.rule().id()).orElse(Severity.WARNING);
                    problems.add(new Problem(severity, positions.of(piece.start() + finding.offset()),
                            finding.message(), finding.fixable() ? fix : Optional.empty()));
                }
                if (adLaw.isPresent() && (line.copy() || !options.adLaw().copyOnly())) {
                    Severity severity = options.severity("ad-law").orElseThrow();
                    for (AdLawTerms.Match match : adLaw.get().find(text)) {
                        problems.add(new Problem(severity, positions.of(piece.start() + match.start()),
                                "广告法禁用语“" + match.term() + "”：" + match.reason() + "（引用示例可在行尾加 "
                                        + "<!-- copyedit-disable-line -->）[ad-law]", Optional.empty()));
                    }
                }
            }
        }
    }

    /** A glossary page names its term's other spellings: those are not vocabulary mistakes there. */
    private static Set<String> ownSpellings(PageInfo page) {
        Set<String> own = new HashSet<>(page.frontMatter().strings("aliases"));
        page.frontMatter().findString("term").ifPresent(own::add);
        return own;
    }

    /** Body offsets to file line and column (1-based, UTF-16 columns as editors count them). */
    private static final class LinePositions {
        private final PageInfo page;
        private final int[] lineStarts;

        LinePositions(PageInfo page, String body) {
            this.page = page;
            List<Integer> starts = new ArrayList<>();
            starts.add(0);
            for (int i = 0; i < body.length(); i++) {
                if (body.charAt(i) == '\n') {
                    starts.add(i + 1);
                }
            }
            lineStarts = starts.stream().mapToInt(Integer::intValue).toArray();
        }

        SourcePosition of(int offset) {
            int index = java.util.Arrays.binarySearch(lineStarts, offset);
            int line = index >= 0 ? index : -index - 2;
            SourcePosition at = page.bodyPosition(line + 1);
            return new SourcePosition(at.file(), at.line(), offset - lineStarts[line] + 1);
        }
    }
}
