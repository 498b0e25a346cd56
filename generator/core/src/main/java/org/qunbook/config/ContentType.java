package org.qunbook.config;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A kind of page, declared under {@code types:} in {@code qunbook.yml}.
 *
 * @param name     id used in templates and search ({@code playbook})
 * @param folder   the top-level content folder whose pages have this type ({@code playbooks})
 * @param layout   theme template for its pages, without extension
 * @param label    the type's display name (search badges, breadcrumbs)
 * @param required front matter keys every page of the type must set (besides {@code title})
 * @param fields   type-specific keys, in declaration order
 */
public record ContentType(String name, String folder, String layout, String label, List<String> required,
                          Map<String, FieldSpec> fields) {

    public ContentType {
        required = List.copyOf(required);
        fields = Collections.unmodifiableMap(new LinkedHashMap<>(fields));
    }
}
