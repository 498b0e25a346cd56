package org.qunbook.plugins.scripts;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.qunbook.api.PageInfo;
import org.qunbook.api.PageView;
import org.qunbook.api.Problem;
import org.qunbook.api.SourcePosition;

/** The build-time checks of one template page: declarations, placeholders, unused variables. */
final class TemplateCheck {

    private TemplateCheck() {
    }

    /**
     * @param fold Traditional→Simplified folding, so {@code {{品牌名稱}}} suggests {@code 品牌名称}
     */
    static List<Problem> check(PageView page, UnaryOperator<String> fold) {
        List<Problem> problems = new ArrayList<>();
        SourcePosition declared = page.frontMatter().positionOf("variables");
        VariableDeclarations.Result result = VariableDeclarations.read(page.frontMatter().objects("variables"));
        result.errors().forEach(message -> problems.add(Problem.error(declared, message)));
        Set<String> names = new LinkedHashSet<>();
        result.variables().forEach(v -> names.add(v.name()));
        // Names from invalid declarations still count as declared: one mistake, one message.
        page.frontMatter().objects("variables").forEach(d -> {
            if (d.get("name") != null) {
                names.add(d.get("name").toString().strip());
            }
        });

        List<ScriptBlocks.Script> scripts = ScriptBlocks.find(page.content());
        if (scripts.isEmpty()) {
            problems.add(Problem.warning(SourcePosition.fileOnly(page.sourcePath()),
                    "a script-template page has no ```script block"));
        }
        Set<String> used = new LinkedHashSet<>();
        for (ScriptBlocks.Script script : scripts) {
            for (ScriptBlocks.Variant variant : script.variants()) {
                Placeholders.Parsed parsed = variant.parsed();
                for (Placeholders.Malformed malformed : parsed.malformed()) {
                    problems.add(Problem.error(at(page, variant, malformed.line()), malformed.message()));
                }
                for (Segment.Slot slot : parsed.slots()) {
                    used.add(slot.name());
                    if (!names.contains(slot.name())) {
                        problems.add(Problem.error(at(page, variant, slot.line()), undeclared(slot, names, fold)));
                    }
                }
            }
        }
        for (Variable variable : result.variables()) {
            if (!used.contains(variable.name()) && !scripts.isEmpty()) {
                problems.add(Problem.warning(declared,
                        "variable '" + variable.name() + "' is declared but no script uses it"));
            }
        }
        return problems;
    }

    private static String undeclared(Segment.Slot slot, Set<String> names, UnaryOperator<String> fold) {
        String message = "placeholder '" + slot.raw() + "' uses undeclared variable '" + slot.name() + "'";
        return Hints.closest(slot.name(), names, fold)
                .map(name -> message + " (did you mean '" + name + "'?)")
                .orElse(message + "; declared: " + (names.isEmpty() ? "none" : String.join(", ", names)));
    }

    /** The line of the placeholder: the fence's line, plus one for the fence, plus its line in the block. */
    private static SourcePosition at(PageInfo page, ScriptBlocks.Variant variant, int lineInBlock) {
        return variant.line() > 0 ? page.bodyPosition(variant.line() + 1 + lineInBlock)
                : SourcePosition.fileOnly(page.sourcePath());
    }
}
