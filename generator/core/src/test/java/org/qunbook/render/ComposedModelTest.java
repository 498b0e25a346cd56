package org.qunbook.render;

import static org.assertj.core.api.Assertions.assertThat;

import freemarker.template.Configuration;
import freemarker.template.Template;
import java.io.StringWriter;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Templates read a composed model's parts as its own names, so the Java records can be split freely. */
class ComposedModelTest {

    public record Part(String title, String note, List<String> items) {
    }

    public record Whole(String title, String absent, Part part) implements ComposedModel {
    }

    @Test
    void aNameIsTheModelsOwnFirstThenEachParts() throws Exception {
        Whole whole = new Whole("own title", null, new Part("part title", "from the part", List.of("a", "b")));
        assertThat(render("${m.title}|${m.note}|<#list m.items as i>${i}</#list>|${m.part.title}", whole))
                .isEqualTo("own title|from the part|ab|part title");
    }

    @Test
    void aNullOrUnknownNameIsMissingAsForAnyRecord() throws Exception {
        Whole whole = new Whole("t", null, new Part("p", "n", List.of()));
        assertThat(render("${(m.absent)!'none'} ${(m.nothing)!'none'} ${(m.absent??)?c}", whole))
                .isEqualTo("none none false");
    }

    private static String render(String source, Object model) throws Exception {
        Configuration freemarker = new Configuration(Configuration.VERSION_2_3_34);
        freemarker.setObjectWrapper(new TemplateObjectWrapper());
        StringWriter out = new StringWriter();
        new Template("test", source, freemarker).process(Map.of("m", model), out);
        return out.toString();
    }
}
