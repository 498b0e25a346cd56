package org.qunbook.theme;

import freemarker.cache.TemplateLoader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Loads templates from a {@link Path}, which may live inside a jar's file system: Freemarker's own
 * file loader only takes {@link java.io.File}.
 */
final class PathTemplateLoader implements TemplateLoader {

    private final Path root;

    PathTemplateLoader(Path root) {
        this.root = root;
    }

    @Override
    public Object findTemplateSource(String name) {
        Path file = root.resolve(name).normalize();
        return file.startsWith(root) && Files.isRegularFile(file) ? file : null;
    }

    @Override
    public long getLastModified(Object source) {
        try {
            return Files.getLastModifiedTime((Path) source).toMillis();
        } catch (IOException e) {
            return -1;
        }
    }

    @Override
    public Reader getReader(Object source, String encoding) throws IOException {
        return new InputStreamReader(Files.newInputStream((Path) source), encoding);
    }

    @Override
    public void closeTemplateSource(Object source) {
    }
}
