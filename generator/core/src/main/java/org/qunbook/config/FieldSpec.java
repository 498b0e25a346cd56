package org.qunbook.config;

import java.util.List;

/**
 * A declared front matter field.
 *
 * @param kind   its value type
 * @param values the allowed values, empty when any value of the kind is allowed
 */
public record FieldSpec(FieldKind kind, List<Object> values) {

    public FieldSpec {
        values = List.copyOf(values);
    }

    public static FieldSpec of(FieldKind kind) {
        return new FieldSpec(kind, List.of());
    }
}
