package org.qunbook.fix;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.qunbook.api.Fix;
import org.qunbook.api.Problem;
import org.qunbook.load.FrontMatterBlock;
import org.qunbook.load.FrontMatterSplitter;

/**
 * Plans the changes the fixable problems of a build make to its Markdown files: per file, the
 * fixes in order, identical ones once, one that overlaps an earlier one left for the next round.
 */
public final class SourceFixer {

    private static final Pattern RULE = Pattern.compile("\\[([A-Za-z0-9_./-]+)]$");

    private final Path base;

    /** @param source the content folder: problems name files relative to the folder holding it */
    public SourceFixer(Path source) {
        Path absolute = source.toAbsolutePath().normalize();
        this.base = absolute.getParent() == null ? absolute : absolute.getParent();
    }

    /**
     * The changes, by file in path order.
     *
     * @param only files or folders to limit fixing to; empty for every file
     */
    public List<FileChange> plan(List<Problem> problems, List<Path> only) throws IOException {
        Map<Path, List<Problem>> byFile = new TreeMap<>();
        Map<Path, String> shown = new LinkedHashMap<>();
        for (Problem problem : problems) {
            if (problem.fix().isEmpty() || problem.position() == null) {
                continue;
            }
            Path file = base.resolve(problem.position().file()).toAbsolutePath().normalize();
            if (!only.isEmpty() && only.stream().map(p -> p.toAbsolutePath().normalize()).noneMatch(file::startsWith)) {
                continue;
            }
            byFile.computeIfAbsent(file, f -> new ArrayList<>()).add(problem);
            shown.putIfAbsent(file, problem.position().file());
        }
        List<FileChange> changes = new ArrayList<>();
        for (Map.Entry<Path, List<Problem>> entry : byFile.entrySet()) {
            change(entry.getKey(), shown.get(entry.getKey()), entry.getValue()).ifPresent(changes::add);
        }
        return changes;
    }

    private Optional<FileChange> change(Path file, String shown, List<Problem> problems) throws IOException {
        String text = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
        String bom = text.startsWith("\uFEFF") ? "\uFEFF" : "";
        String source = text.substring(bom.length());
        Optional<FrontMatterBlock> block;
        try {
            block = new FrontMatterSplitter().split(text);
        } catch (FrontMatterSplitter.UnclosedFrontMatterException e) {
            return Optional.empty();
        }
        String body = block.map(FrontMatterBlock::body).orElse(source);
        int bodyStart = bom.length() + source.length() - body.length();
        List<Fix> accepted = new ArrayList<>();
        Map<String, Integer> fixed = new TreeMap<>();
        List<Problem> ordered = problems.stream()
                .sorted(Comparator.comparingInt((Problem p) -> p.fix().orElseThrow().start())
                        .thenComparingInt(p -> p.fix().orElseThrow().end()))
                .toList();
        for (Problem problem : ordered) {
            Fix fix = problem.fix().orElseThrow();
            boolean same = accepted.contains(fix);
            if (!same && !fits(fix, body, accepted)) {
                continue;
            }
            if (!same) {
                accepted.add(fix);
            }
            fixed.merge(rule(problem), 1, Integer::sum);
        }
        if (accepted.isEmpty()) {
            return Optional.empty();
        }
        accepted.sort(Comparator.comparingInt(Fix::start));
        StringBuilder out = new StringBuilder(text.length() + 64);
        int at = 0;
        for (Fix fix : accepted) {
            out.append(text, at, bodyStart + fix.start()).append(fix.replacement());
            at = bodyStart + fix.end();
        }
        out.append(text, at, text.length());
        String after = out.toString();
        if (after.equals(text)) {
            return Optional.empty();
        }
        return Optional.of(new FileChange(file, shown, text, after, fixed));
    }

    /** Inside the body, within one line, clear of the fixes already taken. */
    private static boolean fits(Fix fix, String body, List<Fix> accepted) {
        if (fix.end() > body.length() || fix.replacement().indexOf('\n') >= 0 || fix.replacement().indexOf('\r') >= 0
                || body.substring(fix.start(), fix.end()).indexOf('\n') >= 0) {
            return false;
        }
        return accepted.stream().noneMatch(fix::overlaps);
    }

    private static String rule(Problem problem) {
        Matcher rule = RULE.matcher(problem.message());
        return rule.find() ? rule.group(1) : "?";
    }
}
