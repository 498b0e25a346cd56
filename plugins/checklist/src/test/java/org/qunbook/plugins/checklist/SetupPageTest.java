package org.qunbook.plugins.checklist;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.qunbook.testing.GoldenFiles;
import org.qunbook.testing.TestSite;

/** Setup steps: checked against the steps option and gathered into the generated setup page. */
class SetupPageTest {

    @TempDir
    Path dir;

    private static String config(String language, int steps) {
        return "-- content/qunbook.yml --\ntitle: 站点\nlanguage: " + language + "\n"
                + "types:\n  playbook:\n    folder: playbooks\n    fields:\n      setup_step: { type: integer }\n"
                + "plugins:\n  - name: checklist\n    options: { steps: " + steps + " }\n";
    }

    private static String step(String file, String title, int number, String items) {
        return "-- content/playbooks/" + file + ".md --\n---\ntitle: " + title + "\nsetup_step: " + number
                + "\n---\n正文。\n\n### " + title + "清单\n\n" + items;
    }

    @Test
    void gathersTheStepsInOrderWithTheirChecklistsAsGolden() {
        TestSite site = TestSite.write(dir, config("zh-CN", 2)
                + step("second", "目标", 2, "- [ ] 写下长期目标\n- [ ] 拆出短期目标\n")
                + step("first", "定位", 1, "- [ ] 写出用户画像\n")).buildClean();
        Document setup = site.page("setup/");
        assertThat(setup.title()).startsWith("新群搭建清单");
        GoldenFiles.assertMatches(GoldenFiles.resources("golden/setup-page.html"),
                setup.selectFirst("div.checklist-setup").outerHtml());
        assertThat(headings(setup)).containsExactly("第 1 步：定位", "第 2 步：目标");
        assertThat(setup.select(".checklist-setup-link a").eachAttr("href"))
                .containsExactly("../playbooks/first/", "../playbooks/second/");
        // The same ids as on the playbook, so ticks made on either page show on both.
        Document playbook = site.page("playbooks/second/");
        assertThat(setup.select("div.checklist[data-page=playbooks/second/]").outerHtml())
                .isEqualTo(playbook.select("div.checklist").outerHtml());
        assertThat(setup.select(".checklist-setup > .checklist-scope-progress .checklist-count").text())
                .isEqualTo("0 / 3");
        assertThat(playbook.select("div.checklist + p.checklist-setup-back a").attr("href")).isEqualTo("../../setup/");
    }

    @Test
    void titlesTheSetupPageInEnglishOnEnglishSites() {
        TestSite site = TestSite.write(dir, config("en", 1) + step("first", "Positioning", 1, "- [ ] Persona\n"))
                .buildClean();
        Document setup = site.page("setup/");
        assertThat(setup.selectFirst("h1").text()).isEqualTo("New group setup checklist");
        assertThat(headings(setup)).containsExactly("Step 1: Positioning");
    }

    /** Step headings without the anchor link the theme adds. */
    private static List<String> headings(Document setup) {
        return setup.select(".checklist-setup-step h2").stream().map(h -> h.ownText().strip()).toList();
    }

    @Test
    void reportsAMissingStep() {
        List<String> problems = TestSite.write(dir, config("zh-CN", 3)
                + step("first", "定位", 1, "- [ ] 甲\n") + step("third", "群规", 3, "- [ ] 乙\n"))
                .buildExpectingErrors();
        assertThat(problems).containsExactly("qunbook: error: setup step 2 is missing: no page has 'setup_step: 2' "
                + "(the checklist plugin's option steps is 3)");
    }

    @Test
    void reportsADuplicatedStepNamingBothFiles() {
        List<String> problems = TestSite.write(dir, config("zh-CN", 2)
                + step("a", "定位", 1, "- [ ] 甲\n") + step("b", "又一个定位", 1, "- [ ] 乙\n")
                + step("c", "目标", 2, "- [ ] 丙\n"))
                .buildExpectingErrors();
        assertThat(problems).containsExactly("content/playbooks/b.md:3:1: error: setup step 1 is set by more than one "
                + "page: content/playbooks/a.md, content/playbooks/b.md");
    }

    @Test
    void reportsAStepBeyondTheConfiguredCount() {
        List<String> problems = TestSite.write(dir, config("zh-CN", 1)
                + step("a", "定位", 1, "- [ ] 甲\n") + step("b", "多余", 2, "- [ ] 乙\n"))
                .buildExpectingErrors();
        assertThat(problems).containsExactly("content/playbooks/b.md:3:1: error: setup_step 2 is outside 1..1 "
                + "(the checklist plugin's option steps)");
    }

    @Test
    void addsNoSetupPageWithoutSteps() {
        TestSite site = TestSite.write(dir, config("zh-CN", 0) + "-- content/a.md --\n---\ntitle: 甲\n---\n- [ ] 项\n")
                .buildClean();
        assertThat(site.exists("setup/index.html")).isFalse();
    }
}
