package org.qunbook.plugins.scripts;

import java.util.List;
import org.qunbook.api.ContentContext;
import org.qunbook.api.ContentLoadedContext;
import org.qunbook.api.PageInfo;
import org.qunbook.api.PageView;
import org.qunbook.api.PluginSetup;
import org.qunbook.api.SitePlugin;
import org.qunbook.api.TransformContext;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/**
 * Message script templates (话术): {@code ```script} blocks with {@code {{变量}}} placeholders on
 * pages of the template type become fill-in, copyable scripts; the templates' section page gets a
 * filterable list of all templates.
 */
public final class ScriptTemplatesPlugin implements SitePlugin {

    private static final Evaluator SCRIPT_BLOCKS = QueryParser.parse("pre[" + ScriptInfoExtension.ATTRIBUTE + "]");

    /**
     * @param type    the content type whose pages are templates
     * @param catalog whether the templates' section page gets the filterable list
     */
    public record Options(String type, Boolean catalog) {
        public Options {
            type = type == null ? "script-template" : type;
            catalog = catalog == null ? Boolean.TRUE : catalog;
        }
    }

    private static final String ASSETS = "org/qunbook/plugins/scripts/";

    /** This plugin's UI strings' prefix (i18n/*.yml). */
    static final String MESSAGES = "plugin.script-templates.";

    private Options options;

    @Override
    public String name() {
        return "script-templates";
    }

    @Override
    public void configure(PluginSetup setup) {
        options = setup.options(Options.class);
        setup.addMessages("i18n/", "zh-CN");
        setup.addMarkdownExtension(new ScriptInfoExtension());
        setup.addAsset("assets/script-templates/script-templates.css", ASSETS + "script-templates.css");
        setup.addAsset("assets/script-templates/script-templates.js", ASSETS + "script-templates.js");
    }

    @Override
    public void contentLoaded(ContentLoadedContext context) {
        for (PageView page : templates(context)) {
            TemplateCheck.check(page, context.text()::foldToSimplified).forEach(context::report);
        }
    }

    @Override
    public void transform(TransformContext context) {
        PageView page = context.page();
        if (isTemplate(page)) {
            List<Variable> variables = VariableDeclarations.read(page.frontMatter().objects("variables")).variables();
            new ScriptRenderer(context).render(context.content(), page.url(), variables);
        } else {
            // Elsewhere a ```script block is ordinary code: drop the info string kept for templates.
            context.content().select(SCRIPT_BLOCKS)
                    .removeAttr(ScriptInfoExtension.ATTRIBUTE);
        }
        if (!isTemplate(page) && options.catalog() && page.isSection() && !page.isGenerated()) {
            List<PageView> templates = templates(context).stream()
                    .filter(t -> t.section().equals(page.section())).toList();
            if (!templates.isEmpty() && !page.section().isEmpty()) {
                new Catalog(context).append(context, templates);
            }
        }
    }

    private List<PageView> templates(ContentContext context) {
        return context.pages().stream().filter(this::isTemplate).toList();
    }

    private boolean isTemplate(PageInfo page) {
        return page.type().equals(options.type()) && !page.isSection() && !page.isGenerated();
    }
}
