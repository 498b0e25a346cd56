package org.qunbook.plugin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.qunbook.api.OptionsException;
import org.qunbook.config.PluginConfig;

/** The option a binding problem names is carried as its key, so the problem points at its line. */
class OptionsBinderTest {

    record Limits(int max) {
    }

    record Options(boolean firstOnly, List<String> folders, Limits limits) {
        Options {
            if (folders != null && folders.contains("")) {
                throw new IllegalArgumentException("folders must not be empty");
            }
        }
    }

    private final OptionsBinder binder = new OptionsBinder();

    @Test
    void aValueOfTheWrongTypeNamesItsOptionAsWrittenInTheConfig() {
        OptionsException e = bindFailing(Map.of("first_only", "yes"));
        assertThat(e.key()).isEqualTo("first_only");
        assertThat(e.getMessage()).isEqualTo("option 'first_only' of plugin 'demo' must be true or false");
    }

    @Test
    void anUnknownOptionIsTheKey() {
        OptionsException e = bindFailing(Map.of("first_onyl", true));
        assertThat(e.key()).isEqualTo("first_onyl");
        assertThat(e.getMessage()).isEqualTo("unknown option 'first_onyl' for plugin 'demo' (did you mean 'first_only'?);"
                + " options: first_only, folders, limits");
    }

    @Test
    void aProblemInsideANestedOptionIsAboutItsTopLevelKey() {
        OptionsException e = bindFailing(Map.of("limits", Map.of("max", "many")));
        assertThat(e.key()).isEqualTo("limits");
        assertThat(e.getMessage()).isEqualTo("option 'limits.max' of plugin 'demo' must be a number");
    }

    @Test
    void aProblemWithTheWholeBlockHasNoKey() {
        OptionsException e = bindFailing(Map.of("folders", List.of("")));
        assertThat(e.key()).isEmpty();
        assertThat(e.getMessage()).startsWith("options of plugin 'demo' are invalid: ");
    }

    private OptionsException bindFailing(Map<String, Object> options) {
        PluginConfig config = new PluginConfig("demo", options, 3, Map.of());
        return catchThrowableOfType(OptionsException.class, () -> binder.bind(config, Options.class));
    }
}
