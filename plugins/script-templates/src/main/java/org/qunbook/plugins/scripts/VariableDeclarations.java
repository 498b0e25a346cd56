package org.qunbook.plugins.scripts;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Reads the {@code variables:} front matter list into {@link Variable}s, collecting what is wrong. */
final class VariableDeclarations {

    static final List<String> KEYS = List.of("name", "label", "default", "example", "description", "required");

    /** The usable declarations, and error messages for the others. */
    record Result(List<Variable> variables, List<String> errors) {
    }

    private VariableDeclarations() {
    }

    static Result read(List<Map<String, Object>> declarations) {
        List<Variable> variables = new ArrayList<>();
        List<String> errors = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < declarations.size(); i++) {
            Map<String, Object> declaration = declarations.get(i);
            String name = scalar(declaration.get("name"));
            String which = name.isEmpty() ? "variable " + (i + 1) : "variable '" + name + "'";
            int before = errors.size();
            for (String key : declaration.keySet()) {
                if (!KEYS.contains(key)) {
                    String hint = Hints.closest(key, KEYS).map(k -> " (did you mean '" + k + "'?)").orElse("");
                    errors.add("unknown key '" + key + "' in " + which + " under 'variables'" + hint
                            + "; keys: " + String.join(", ", KEYS));
                }
            }
            if (name.isEmpty()) {
                errors.add(which + " under 'variables' has no 'name'");
            } else if (name.codePoints().anyMatch(c -> Character.isWhitespace(c) || c == '{' || c == '}')) {
                errors.add(which + " under 'variables': a name has no spaces or braces");
            } else if (!seen.add(name)) {
                errors.add(which + " is declared twice under 'variables'");
            }
            String label = scalar(declaration.get("label"));
            if (label.isEmpty()) {
                errors.add(which + " under 'variables' has no 'label'");
            }
            Object required = declaration.get("required");
            if (required != null && !(required instanceof Boolean)) {
                errors.add("'required' of " + which + " under 'variables' must be true or false");
            }
            if (errors.size() == before) {
                variables.add(new Variable(name, label, scalar(declaration.get("default")),
                        scalar(declaration.get("example")), scalar(declaration.get("description")),
                        Boolean.TRUE.equals(required)));
            }
        }
        return new Result(List.copyOf(variables), List.copyOf(errors));
    }

    /** A scalar as text (YAML may give numbers or dates for values like {@code 100} or {@code 2024-06-01}). */
    private static String scalar(Object value) {
        if (value == null || value instanceof Map || value instanceof List) {
            return "";
        }
        return value.toString().strip();
    }
}
