package org.qunbook.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.qunbook.api.Problem;
import org.qunbook.build.Build;
import org.qunbook.build.BuildOptions;
import org.qunbook.build.BuildResult;
import org.qunbook.fix.FileChange;
import org.qunbook.fix.SourceFixer;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code qunbook fix [--check] [PATH…]}: applies plugins' safe fixes to the Markdown files. */
@Command(name = "fix", mixinStandardHelpOptions = true,
        description = {"Apply the safe fixes plugins offer (e.g. copyedit's spacing, punctuation and vocabulary) "
                + "to the Markdown files in place, printing each change as a unified diff.",
                "Only the fixed text changes: front matter, code, line endings and byte-order marks are kept."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:done (with --check: nothing to change)", "1:with --check: some file would change",
                "2:invalid command line", "3:internal error"})
final class FixCommand implements Callable<Integer> {

    /** Fixes that overlap one another are applied one per round; a few rounds settle any file. */
    private static final int MAX_ROUNDS = 5;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = {"-s", "--source"}, paramLabel = "DIR", defaultValue = "content",
            description = "Content folder holding qunbook.yml (default: ${DEFAULT-VALUE}).")
    Path source;

    @Option(names = "--check", description = "Change nothing: print the diff and exit 1 if any file would change (for CI).")
    boolean check;

    @Parameters(paramLabel = "PATH", arity = "0..*",
            description = "Markdown files or folders to fix (default: the whole content folder).")
    List<Path> paths = new ArrayList<>();

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        for (Path path : paths) {
            if (!Files.exists(path)) {
                err.println("qunbook fix: no such file or folder: " + path);
                err.flush();
                return 2;
            }
        }
        SourceFixer fixer = new SourceFixer(source);
        Map<String, Integer> fixed = new TreeMap<>();
        java.util.Set<Path> files = new java.util.TreeSet<>();
        BuildResult result = null;
        for (int round = 0; round < MAX_ROUNDS; round++) {
            // With drafts, as serve builds: a writer fixes the pages being written too. Nothing is written.
            result = new Build(BuildOptions.builder(source, Path.of("public")).serving(true).write(false)
                    .indexSizes(false).build()).run();
            List<FileChange> changes = fixer.plan(result.problems(), paths);
            if (changes.isEmpty()) {
                break;
            }
            for (FileChange change : changes) {
                out.print(change.diff());
                change.fixed().forEach((rule, count) -> fixed.merge(rule, count, Integer::sum));
                files.add(change.file());
                if (!check) {
                    write(change);
                }
            }
            if (check) {
                break;
            }
        }
        int total = fixed.values().stream().mapToInt(Integer::intValue).sum();
        String byRule = fixed.entrySet().stream().map(e -> e.getKey() + " " + e.getValue())
                .collect(Collectors.joining(", "));
        long left = result == null ? 0 : result.problems().stream().filter(p -> p.fix().isEmpty()).count();
        if (total == 0) {
            out.println("Nothing to fix" + leftOver(left));
        } else if (check) {
            out.println(files.size() + (files.size() == 1 ? " file" : " files") + " would change: " + total
                    + " fixable problems (" + byRule + "); run 'qunbook fix' to apply");
        } else {
            out.println("Fixed " + total + " problems in " + files.size() + (files.size() == 1 ? " file" : " files")
                    + " (" + byRule + ")" + leftOver(left));
        }
        if (result != null && total == 0) {
            // Nothing fixable: show what stands in the way, e.g. a page that does not load.
            result.problems().stream().filter(Problem::isError).forEach(p -> err.println(p.format()));
        }
        out.flush();
        err.flush();
        return check && total > 0 ? 1 : 0;
    }

    private static String leftOver(long left) {
        return left == 0 ? "" : "; " + left + (left == 1 ? " problem needs" : " problems need")
                + " a hand edit, see 'qunbook check'";
    }

    /** Replaces the file through a temporary file beside it, so an interrupted write loses nothing. */
    private static void write(FileChange change) throws IOException {
        Path temp = change.file().resolveSibling("." + change.file().getFileName() + ".fix.tmp");
        Files.write(temp, change.after().getBytes(StandardCharsets.UTF_8));
        Files.move(temp, change.file(), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
}
