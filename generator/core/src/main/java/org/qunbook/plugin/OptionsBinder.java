package org.qunbook.plugin;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.List;
import java.util.stream.Collectors;
import org.qunbook.api.OptionsException;
import org.qunbook.config.PluginConfig;
import org.qunbook.problem.DidYouMean;

/**
 * Binds a plugin's {@code options:} block to its options record. YAML keys are snake_case
 * ({@code first_only}), record components camelCase ({@code firstOnly}).
 */
final class OptionsBinder {

    private final ObjectMapper mapper = JsonMapper.builder()
            .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
            .build();

    <T> T bind(PluginConfig config, Class<T> type) {
        try {
            return mapper.convertValue(config.options(), type);
        } catch (IllegalArgumentException e) {
            Throwable cause = e.getCause() == null ? e : e.getCause();
            throw new OptionsException(keyOf(cause), describe(config, cause));
        }
    }

    private String describe(PluginConfig config, Throwable cause) {
        if (cause instanceof UnrecognizedPropertyException unknown) {
            List<String> known = unknown.getKnownPropertyIds().stream().map(String::valueOf).sorted().toList();
            return "unknown option '" + unknown.getPropertyName() + "' for plugin '" + config.name() + "'"
                    + DidYouMean.hint(unknown.getPropertyName(), known) + "; options: " + String.join(", ", known);
        }
        if (cause instanceof InvalidFormatException || cause instanceof MismatchedInputException) {
            MismatchedInputException mismatch = (MismatchedInputException) cause;
            String path = mismatch.getPath().stream().map(r -> r.getFieldName() == null
                    ? String.valueOf(r.getIndex()) : r.getFieldName()).collect(Collectors.joining("."));
            return "option '" + path + "' of plugin '" + config.name() + "' must be "
                    + simpleName(mismatch.getTargetType());
        }
        return "options of plugin '" + config.name() + "' are invalid: " + cause.getMessage();
    }

    /** The top-level option a binding problem is about (its line is that key's), {@code ""} if none. */
    private static String keyOf(Throwable cause) {
        if (cause instanceof MismatchedInputException mismatch && !mismatch.getPath().isEmpty()) {
            String first = mismatch.getPath().get(0).getFieldName();
            return first == null ? "" : first;
        }
        return "";
    }

    private static String simpleName(Class<?> type) {
        if (type == null) {
            return "of another type";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        if (Number.class.isAssignableFrom(type) || type.isPrimitive()) {
            return "a number";
        }
        if (type == String.class) {
            return "a string";
        }
        if (List.class.isAssignableFrom(type)) {
            return "a list";
        }
        return "a " + type.getSimpleName();
    }
}
