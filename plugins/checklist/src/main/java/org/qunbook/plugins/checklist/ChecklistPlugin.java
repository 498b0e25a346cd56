package org.qunbook.plugins.checklist;

import java.util.List;
import org.jsoup.nodes.Element;
import org.qunbook.api.AddPagesContext;
import org.qunbook.api.ContentLoadedContext;
import org.qunbook.api.PageView;
import org.qunbook.api.PluginSetup;
import org.qunbook.api.SitePlugin;
import org.qunbook.api.TransformContext;

/**
 * Interactive checklists: every Markdown task list becomes a labelled, savable checklist with a
 * progress bar; pages with {@code setup_step} are gathered into a generated setup page.
 * Progress lives in the reader's browser only (see checklist.js).
 */
public final class ChecklistPlugin implements SitePlugin {

    /** This plugin's UI strings' prefix (i18n/*.yml, read by checklist.js too). */
    static final String MESSAGES = "plugin.checklist.";

    private ChecklistOptions options;
    private List<SetupStep> steps = List.of();

    @Override
    public String name() {
        return "checklist";
    }

    @Override
    public void configure(PluginSetup setup) {
        options = setup.options(ChecklistOptions.class);
        setup.addMessages("i18n/", "zh-CN");
        setup.addMarkdownExtension(new ChecklistContainerExtension());
        setup.addAsset("assets/checklist/checklist.css", "org/qunbook/plugins/checklist/checklist.css");
        // The state's pure logic first (tested under node), then the page's part that uses it.
        setup.addAsset("assets/checklist/checklist-state.js", "org/qunbook/plugins/checklist/checklist-state.js");
        setup.addAsset("assets/checklist/checklist.js", "org/qunbook/plugins/checklist/checklist.js");
    }

    @Override
    public void contentLoaded(ContentLoadedContext context) {
        // Found in parallel, reported in page order.
        context.pages().parallelStream().map(page -> ChecklistFinder.find(page, page.content()).problems()).toList()
                .forEach(problems -> problems.forEach(context::report));
        steps = SetupSteps.collect(context.pages(), options.steps(), context);
    }

    @Override
    public void addPages(AddPagesContext context) {
        if (!steps.isEmpty()) {
            context.addPage(SetupPage.of(options.setupUrl(), steps, context));
        }
    }

    @Override
    public void transform(TransformContext context) {
        Element content = context.content();
        Element last = null;
        for (Checklist checklist : ChecklistFinder.find(context.page(), content).checklists()) {
            last = ChecklistHtml.render(checklist, context.page().url());
        }
        ChecklistFinder.unwrapContainers(content);
        boolean isStep = steps.stream().anyMatch(step -> step.url().equals(context.page().url()));
        if (isStep && last != null) {
            // A step's playbook points back to the page gathering every step (site-root links are rewritten).
            last.after(new Element("p").addClass("checklist-setup-back")
                    .appendChild(new Element("a").attr("href", "/" + options.setupUrl()).text(context.message(MESSAGES + "setup.back"))));
        }
    }
}
