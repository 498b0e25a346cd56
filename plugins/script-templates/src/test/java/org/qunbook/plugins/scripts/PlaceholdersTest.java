package org.qunbook.plugins.scripts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class PlaceholdersTest {

    @Test
    void splitsTextAndPlaceholdersTrimmingSpacesAroundNames() {
        Placeholders.Parsed parsed = Placeholders.parse("欢迎来到{{品牌名}}！\n全场{{ 折扣 }}🎉");
        assertThat(parsed.segments()).containsExactly(
                new Segment.Text("欢迎来到"),
                new Segment.Slot("品牌名", "{{品牌名}}", 0),
                new Segment.Text("！\n全场"),
                new Segment.Slot("折扣", "{{ 折扣 }}", 1),
                new Segment.Text("🎉"));
        assertThat(parsed.malformed()).isEmpty();
    }

    @Test
    void reportsMalformedPlaceholdersAndKeepsThemAsText() {
        Placeholders.Parsed parsed = Placeholders.parse("a {{品牌名\nb {{}} c {{a b}} d }} e {{x {{y}}");
        assertThat(parsed.malformed()).extracting(Placeholders.Malformed::message).containsExactly(
                "malformed placeholder '{{品牌名': no closing '}}'",
                "malformed placeholder '{{}}': the name is empty",
                "malformed placeholder '{{a b}}': a variable name has no spaces or braces",
                "malformed placeholder '}}': no opening '{{'",
                "malformed placeholder '{{x': no closing '}}'");
        assertThat(parsed.malformed()).extracting(Placeholders.Malformed::line).containsExactly(0, 1, 1, 1, 1);
        assertThat(parsed.slots()).containsExactly(new Segment.Slot("y", "{{y}}", 1));
        String text = parsed.segments().stream()
                .map(s -> s instanceof Segment.Text t ? t.text() : ((Segment.Slot) s).raw())
                .reduce("", String::concat);
        assertThat(text).isEqualTo("a {{品牌名\nb {{}} c {{a b}} d }} e {{x {{y}}");
    }

    @Test
    void textWithoutPlaceholdersIsOneSegment() {
        assertThat(Placeholders.parse("只是文字 {单括号}").segments())
                .isEqualTo(List.of(new Segment.Text("只是文字 {单括号}")));
    }

    @Test
    void hintsAreCloseNamesComparedAfterFolding() {
        assertThat(Hints.closest("品牌", List.of("品牌名", "折扣"))).contains("品牌名");
        assertThat(Hints.closest("品牌名稱", List.of("品牌名称"), s -> s.replace('稱', '称'))).contains("品牌名称");
        assertThat(Hints.closest("截止时间", List.of("品牌名", "折扣"))).isEmpty();
    }
}
