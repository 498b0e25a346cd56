package org.qunbook.plugins.scripts;

import java.util.List;
import org.jsoup.nodes.Element;
import org.qunbook.api.SiteContext;

/**
 * Rewrites a template page: the variable form on top (where the handbook tells readers to look),
 * and every script as a widget whose text marks each placeholder. The page is complete without
 * JavaScript: the form reads as a list of the variables (inputs disabled, showing default, example
 * and hint), variants follow one another under their labels, placeholders show as
 * {@code {{name}}}, and copy tools stay hidden. {@code script-templates.js} fills, switches and
 * copies.
 */
final class ScriptRenderer {

    private final SiteContext site;

    ScriptRenderer(SiteContext site) {
        this.site = site;
    }

    /** The plugin's string {@code key} in the site's language (i18n/*.yml, with the site's overrides). */
    private String word(String key) {
        return site.message(ScriptTemplatesPlugin.MESSAGES + key);
    }

    void render(Element content, String pageUrl, List<Variable> variables) {
        List<ScriptBlocks.Script> scripts = ScriptBlocks.find(content);
        if (scripts.isEmpty()) {
            return;
        }
        if (!variables.isEmpty()) {
            content.prependChild(form(variables));
        }
        for (int i = 0; i < scripts.size(); i++) {
            ScriptBlocks.Script script = scripts.get(i);
            Element first = script.variants().get(0).pre();
            first.before(widget(script, i + 1, pageUrl));
            script.variants().forEach(v -> v.pre().remove());
        }
    }

    private Element form(List<Variable> variables) {
        // the variables' labels and hints are the form's UI, not the page's text: not searched, never a snippet
        Element form = new Element("form").addClass("script-form").attr("data-search-exclude", "");
        Element fieldset = form.appendElement("fieldset");
        fieldset.appendElement("legend").text(word("form"));
        for (int i = 0; i < variables.size(); i++) {
            Variable variable = variables.get(i);
            String id = "script-var-" + (i + 1);
            Element field = fieldset.appendElement("div").addClass("script-field");
            Element label = field.appendElement("label").attr("for", id).text(variable.label());
            if (variable.required()) {
                label.appendElement("span").addClass("script-required").text(word("required"));
            }
            Element input = field.appendElement("input").attr("type", "text").attr("id", id)
                    .attr("name", variable.name()).attr("data-default", variable.defaultValue())
                    .attr("value", variable.defaultValue()).attr("autocomplete", "off")
                    .attr("disabled", true);
            if (!variable.example().isEmpty()) {
                input.attr("placeholder", variable.example());
            }
            if (variable.required()) {
                input.attr("required", true);
            }
            if (!variable.description().isEmpty()) {
                input.attr("aria-describedby", id + "-hint");
                field.appendElement("p").addClass("script-hint").attr("id", id + "-hint").text(variable.description());
            }
        }
        form.appendElement("button").attr("type", "button").addClass("script-reset").attr("hidden", true)
                .text(word("reset"));
        return form;
    }

    private Element widget(ScriptBlocks.Script script, int number, String pageUrl) {
        Element widget = new Element("div").addClass("script").attr("data-script-key", pageUrl + "#" + number);
        List<ScriptBlocks.Variant> variants = script.variants();
        boolean tabbed = variants.size() > 1;
        Element tabs = tabbed ? widget.appendElement("div").addClass("script-tabs").attr("role", "tablist")
                .attr("aria-label", word("tabs")).attr("hidden", true) : null;
        for (int v = 0; v < variants.size(); v++) {
            ScriptBlocks.Variant variant = variants.get(v);
            String id = "script-" + number + "-" + (v + 1);
            String label = variant.label().isEmpty() && tabbed
                    ? site.message(ScriptTemplatesPlugin.MESSAGES + "variant", java.util.Map.of("n", v + 1)) : variant.label();
            Element panel = widget.appendElement("div").addClass("script-variant").attr("id", id);
            if (variant.line() > 0) {
                panel.attr(ScriptBlocks.SOURCE_LINE, String.valueOf(variant.line()));
            }
            if (tabbed) {
                tabs.appendElement("button").attr("type", "button").attr("role", "tab").addClass("script-tab")
                        .attr("id", id + "-tab").attr("aria-controls", id)
                        .attr("aria-selected", v == 0 ? "true" : "false").attr("tabindex", v == 0 ? "0" : "-1")
                        .text(label);
                panel.attr("role", "tabpanel").attr("aria-labelledby", id + "-tab");
            }
            if (!label.isEmpty()) {
                panel.attr("data-variant", label).appendElement("p").addClass("script-label").text(label);
            }
            Element code = panel.appendElement("pre").addClass("script-text").appendElement("code");
            for (Segment segment : variant.parsed().segments()) {
                if (segment instanceof Segment.Slot slot) {
                    code.appendElement("mark").addClass("script-blank").attr("data-var", slot.name())
                            .text("{{" + slot.name() + "}}");
                } else if (segment instanceof Segment.Text text) {
                    code.appendText(text.text());
                }
            }
            Element tools = panel.appendElement("div").addClass("script-tools").attr("hidden", true);
            tools.appendElement("button").attr("type", "button").addClass("script-copy").text(word("copy"));
            tools.appendElement("span").addClass("script-count");
            tools.appendElement("span").addClass("script-status").attr("role", "status").attr("aria-live", "polite");
        }
        return widget;
    }
}
