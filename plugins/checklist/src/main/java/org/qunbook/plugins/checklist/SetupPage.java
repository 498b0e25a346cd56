package org.qunbook.plugins.checklist;

import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.qunbook.api.GeneratedPage;
import org.qunbook.api.SiteContext;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/**
 * The generated setup page: every step in order with its playbook's checklists embedded (same
 * page and checklist ids, so ticks are shared with the playbooks), per-step and overall progress.
 */
final class SetupPage {

    private static final Evaluator CHECKLIST_ITEMS = QueryParser.parse("li.checklist-item");

    private SetupPage() {
    }

    static GeneratedPage of(String url, List<SetupStep> steps, SiteContext site) {
        Element setup = new Element("div").addClass("checklist-setup").addClass("checklist-scope");
        setup.appendElement("p").addClass("checklist-setup-intro").text(site.message(ChecklistPlugin.MESSAGES + "setup.intro"));
        int total = 0;
        Element overall = setup.appendElement("div").addClass("checklist-scope-progress");
        overall.appendElement("span").addClass("checklist-scope-label").text(site.message(ChecklistPlugin.MESSAGES + "setup.overall"));
        for (SetupStep step : steps) {
            Element section = setup.appendElement("section").addClass("checklist-setup-step")
                    .addClass("checklist-scope").attr("data-step", String.valueOf(step.number()));
            section.appendElement("h2").id("step-" + step.number())
                    .text(site.message(ChecklistPlugin.MESSAGES + "setup.step", Map.of("n", step.number())) + step.title());
            int stepTotal = 0;
            Element stepProgress = section.appendElement("div").addClass("checklist-scope-progress");
            section.appendElement("p").addClass("checklist-setup-link").appendText(site.message(ChecklistPlugin.MESSAGES + "setup.read"))
                    .appendElement("a").attr("href", "/" + step.url()).text(step.title());
            for (SetupStep.RenderedChecklist checklist : step.checklists()) {
                section.appendElement("h3").text(checklist.title());
                Element rendered = Parser.parseBodyFragment(checklist.html(), "").body().child(0);
                stepTotal += rendered.select(CHECKLIST_ITEMS).size();
                section.appendChild(rendered);
            }
            ChecklistHtml.appendProgress(stepProgress, 0, stepTotal);
            total += stepTotal;
        }
        ChecklistHtml.appendProgress(overall, 0, total);
        return new GeneratedPage(url, site.message(ChecklistPlugin.MESSAGES + "setup.title"),
                site.message(ChecklistPlugin.MESSAGES + "setup.summary"), "page", setup.outerHtml(), Map.of());
    }
}
