package org.qunbook.parse;

import com.vladsch.flexmark.util.data.DataKey;
import com.vladsch.flexmark.util.misc.Extension;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Markdown extensions and options contributed by plugins, applied after the built-in ones. */
public final class MarkdownSetup {

    private final List<Extension> extensions = new ArrayList<>();
    private final Map<DataKey<?>, Object> options = new LinkedHashMap<>();

    public synchronized void addExtension(Extension extension) {
        extensions.add(extension);
    }

    public synchronized <T> void setOption(DataKey<T> key, T value) {
        options.put(key, value);
    }

    synchronized List<Extension> extensions() {
        return List.copyOf(extensions);
    }

    synchronized Map<DataKey<?>, Object> options() {
        return new LinkedHashMap<>(options);
    }
}
