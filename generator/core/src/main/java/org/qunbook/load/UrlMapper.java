package org.qunbook.load;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Decides page URLs: pretty URLs from the file path ({@code playbooks/setup-positioning.md} →
 * {@code playbooks/setup-positioning/}), the {@code slug} replacing the file name, and checks that
 * slugs and aliases cannot leave the output folder.
 */
public final class UrlMapper {

    /** The page URL, or an error message when the slug is unusable. */
    public Result map(String relativePath, Optional<String> slug) {
        String withoutExtension = relativePath.substring(0, relativePath.length() - ".md".length());
        int slash = withoutExtension.lastIndexOf('/');
        String folder = slash < 0 ? "" : withoutExtension.substring(0, slash + 1);
        String name = withoutExtension.substring(slash + 1);
        if (name.equals("_index")) {
            return Result.ok(folder);
        }
        if (slug.isPresent()) {
            String s = slug.get().strip();
            Optional<String> problem = segmentProblem(s);
            if (problem.isPresent()) {
                return Result.error("slug '" + slug.get() + "' " + problem.get());
            }
            name = s;
        }
        return Result.ok(folder + name + "/");
    }

    /** A redirect source from a page's {@code aliases}: {@code /old/path} → {@code old/path/}. */
    public Result alias(String alias) {
        String path = alias.strip();
        if (!path.startsWith("/")) {
            return Result.error("alias '" + alias + "' must be a site path starting with '/', e.g. /old/page/");
        }
        List<String> segments = new ArrayList<>();
        for (String segment : path.split("/")) {
            if (segment.isEmpty()) {
                continue;
            }
            Optional<String> problem = segmentProblem(segment);
            if (problem.isPresent()) {
                return Result.error("alias '" + alias + "' " + problem.get());
            }
            segments.add(segment);
        }
        if (segments.isEmpty()) {
            return Result.error("alias '" + alias + "' would replace the home page");
        }
        return Result.ok(String.join("/", segments) + "/");
    }

    private static Optional<String> segmentProblem(String segment) {
        if (segment.isEmpty()) {
            return Optional.of("is empty");
        }
        if (segment.equals(".") || segment.equals("..") || segment.contains("/") || segment.contains("\\")) {
            return Optional.of("must be a single path segment without '/', '\\' or '..' "
                    + "(it would write outside its folder)");
        }
        if (segment.chars().anyMatch(c -> c < 0x20 || c == ':' || c == '?' || c == '#' || c == '%' || c == '*'
                || c == '"' || c == '<' || c == '>' || c == '|')) {
            return Optional.of("contains a character that cannot be part of a URL path or file name");
        }
        return Optional.empty();
    }

    /** A URL or the reason there is none. */
    public record Result(String url, String error) {
        static Result ok(String url) {
            return new Result(url, null);
        }

        static Result error(String message) {
            return new Result(null, message);
        }

        public boolean isOk() {
            return error == null;
        }
    }
}
