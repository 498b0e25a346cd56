package org.qunbook.config;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The value types a front matter field may be declared with in {@code qunbook.yml}. */
public enum FieldKind {
    STRING("a string"),
    INTEGER("an integer"),
    NUMBER("a number"),
    BOOLEAN("true or false"),
    DATE("a date (YYYY-MM-DD)"),
    LIST("a list of strings, e.g. [\"a\", \"b\"]"),
    OBJECTS("a list of mappings"),
    ANY("any value");

    private final String description;

    FieldKind(String description) {
        this.description = description;
    }

    public String description() {
        return description;
    }

    /** The name used in {@code qunbook.yml}: {@code string}, {@code integer}, ... {@code objects}. */
    public String configName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public boolean accepts(Object value) {
        switch (this) {
            case STRING:
                return value instanceof String;
            case INTEGER:
                return value instanceof Long;
            case NUMBER:
                return value instanceof Long || value instanceof Double;
            case BOOLEAN:
                return value instanceof Boolean;
            case DATE:
                return value instanceof String s && isDate(s);
            case LIST:
                return value instanceof List<?> list && list.stream().allMatch(v -> v instanceof String || v instanceof Number);
            case OBJECTS:
                return value instanceof List<?> list && list.stream().allMatch(v -> v instanceof Map);
            default:
                return true;
        }
    }

    private static boolean isDate(String text) {
        try {
            LocalDate.parse(text.length() > 10 ? text.substring(0, 10) : text);
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }
}
