package org.qunbook.archetype;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import org.qunbook.api.HanziOrder;
import org.qunbook.config.ContentType;
import org.qunbook.config.FieldKind;
import org.qunbook.config.FieldSpec;
import org.qunbook.config.SiteConfig;
import org.qunbook.files.ConfinedTree;
import org.qunbook.problem.DidYouMean;

/**
 * Creates a page of a content type from its archetype: {@code content/_archetypes/<type>.md} when
 * the site has one ({@code {{title}}} and {@code {{date}}} are filled in), else front matter built
 * from the type's declared fields, with an empty {@code owner} and {@code reviewed} set to today. The file name is readable ASCII (pinyin for Chinese titles) and
 * unique; an existing file is never overwritten.
 *
 * @param contentDir the content folder
 * @param pinyin     for file names of Chinese titles
 */
public record NewPageWriter(SiteConfig config, Path contentDir, HanziOrder pinyin) {

    /** The folder of site archetypes inside the content folder (not content itself). */
    public static final String ARCHETYPES = "_archetypes";

    /** Writes the page and returns its path. */
    public Path create(String typeName, String title, LocalDate today) throws IOException, NewPageException {
        List<String> names = config.types().stream().map(ContentType::name).toList();
        ContentType type = config.type(typeName).orElseThrow(() -> new NewPageException("unknown type '" + typeName
                + "'" + DidYouMean.hint(typeName, names) + (names.isEmpty()
                ? "; " + config.file() + " declares no types (add them under 'types:')"
                : "; types in " + config.file() + ": " + String.join(", ", names))));
        if (title.isBlank()) {
            throw new NewPageException("the title is empty");
        }
        String text = archetype(type).replace("{{title}}", yamlString(title)).replace("{{date}}", today.toString());
        Path folder = contentDir.resolve(type.folder());
        confine(folder);
        Files.createDirectories(folder);
        confine(folder);
        String base = fileName(title);
        for (int n = 1; n < 1000; n++) {
            Path file = folder.resolve((n == 1 ? base : base + "-" + n) + ".md");
            try {
                Files.writeString(file, text, StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW,
                        StandardOpenOption.WRITE);
                return file;
            } catch (FileAlreadyExistsException e) {
                // taken: try the next number
            }
        }
        throw new NewPageException("no free file name for '" + base + "' in " + folder);
    }

    /** A link out of the content folder must not be read from (an archetype) nor written through (a section). */
    private void confine(Path path) throws NewPageException {
        Optional<ConfinedTree.Escape> escape = new ConfinedTree(contentDir, "the content folder").escape(path);
        if (escape.isPresent()) {
            throw new NewPageException(escape.get().link() + ": " + escape.get().message());
        }
    }

    /** {@code 私域流量运营} → {@code si-yu-liu-liang-yun-ying}; Latin words kept, lower-cased. */
    public String fileName(String title) {
        String name = pinyin.romanize(title, "-").toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9-]+", "-").replaceAll("-{2,}", "-").replaceAll("^-|-$", "");
        if (name.length() > 60) {
            name = name.substring(0, 60).replaceAll("-[^-]*$", "");
        }
        return name.isEmpty() ? "page" : name;
    }

    private String archetype(ContentType type) throws IOException, NewPageException {
        Path site = contentDir.resolve(ARCHETYPES).resolve(type.name() + ".md");
        if (Files.isRegularFile(site)) {
            confine(site);
            return Files.readString(site, StandardCharsets.UTF_8);
        }
        StringBuilder yaml = new StringBuilder("---\ntitle: {{title}}\n");
        if (!type.required().contains("summary")) {
            yaml.append("summary: \"\"\n");
        }
        for (String key : type.required()) {
            FieldSpec spec = type.fields().get(key);
            yaml.append(key).append(": ").append(placeholder(spec)).append('\n');
        }
        // Every new page starts owned and reviewed today, so it enters the review schedule at once.
        yaml.append("tags: []\nowner: \"\"\nreviewed: {{date}}\ndate: {{date}}\ndraft: true\n---\n\n## \n");
        return yaml.toString();
    }

    private static String placeholder(FieldSpec spec) {
        if (spec == null) {
            return "\"\"";
        }
        List<Object> values = spec.values();
        if (!values.isEmpty()) {
            return String.valueOf(values.get(0)) + "  # one of: " + values.stream().map(String::valueOf)
                    .collect(Collectors.joining(", "));
        }
        if (spec.kind() == FieldKind.OBJECTS) {
            return "[]";
        }
        return spec.kind() == FieldKind.LIST ? "[]" : "\"\"";
    }

    private static String yamlString(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    /** The page cannot be created: the message says why. */
    public static final class NewPageException extends Exception {
        private static final long serialVersionUID = 1L;

        NewPageException(String message) {
            super(message);
        }
    }
}
