package org.qunbook.plugin;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Function;
import org.qunbook.api.FrontMatter;
import org.qunbook.api.Problem;
import org.qunbook.api.ProblemReporter;
import org.qunbook.api.SourcePosition;
import org.qunbook.load.PageFrontMatter;
import org.qunbook.yaml.YamlReader;
import org.qunbook.yaml.YamlSyntaxException;

/**
 * Plugins' YAML data files in the content folder ({@code content/_copyedit/vocabulary.yml}), read
 * on request with the same line-aware reader as front matter.
 *
 * @param contentDir  the content folder; null when the build has none (benchmarks)
 * @param displayPath how files are named in problems
 */
public record DataFiles(Path contentDir, Function<Path, String> displayPath) {

    /** No content folder: every data file is absent. */
    public static final DataFiles NONE = new DataFiles(null, Path::toString);

    public Optional<FrontMatter> read(String relativePath, ProblemReporter problems) {
        if (contentDir == null || relativePath.contains("..") || relativePath.startsWith("/")) {
            return Optional.empty();
        }
        Path file = contentDir.resolve(relativePath);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        String shown = displayPath.apply(file);
        try {
            String text = StandardCharsets.UTF_8.newDecoder()
                    .decode(java.nio.ByteBuffer.wrap(Files.readAllBytes(file))).toString();
            if (text.startsWith("\uFEFF")) {
                text = text.substring(1);
            }
            return Optional.of(new PageFrontMatter(new YamlReader().read(text, 1), shown, 1));
        } catch (YamlSyntaxException e) {
            problems.report(Problem.error(new SourcePosition(shown, e.line(), e.column()), e.getMessage()));
        } catch (CharacterCodingException e) {
            problems.report(Problem.error(SourcePosition.fileOnly(shown), "file is not valid UTF-8; save it as UTF-8"));
        } catch (IOException e) {
            problems.report(Problem.error(SourcePosition.fileOnly(shown), "cannot read file: " + e.getMessage()));
        }
        return Optional.empty();
    }
}
