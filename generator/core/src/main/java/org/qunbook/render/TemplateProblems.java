package org.qunbook.render;

import freemarker.core.ParseException;
import freemarker.template.TemplateException;
import java.io.IOException;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.qunbook.api.Problem;
import org.qunbook.api.SourcePosition;
import org.qunbook.problem.Problems;
import org.qunbook.theme.Theme;

/**
 * Turns Freemarker's exceptions into problems a theme author can act on: a syntax error names the
 * template file, line, column and Freemarker's reason, once per build however many pages use the
 * template (Freemarker rethrows it for each as "an error loading the template on an earlier
 * attempt"); a runtime error names the template line and the page being rendered.
 */
final class TemplateProblems {

    private final Theme theme;
    private final Set<String> reportedSyntaxErrors = ConcurrentHashMap.newKeySet();

    TemplateProblems(Theme theme) {
        this.theme = theme;
    }

    void report(Exception e, String template, String forWhat, Problems problems) {
        ParseException syntax = syntaxError(e);
        if (syntax != null) {
            String name = syntax.getTemplateName() != null ? syntax.getTemplateName() : template;
            if (reportedSyntaxErrors.add(name + ":" + syntax.getLineNumber() + ":" + syntax.getColumnNumber())) {
                problems.report(Problem.error(new SourcePosition(theme.templateDisplayPath(name),
                        syntax.getLineNumber(), syntax.getColumnNumber()),
                        "template syntax error: " + oneLine(syntax.getEditorMessage())));
            }
        } else if (e instanceof TemplateException runtime) {
            String name = runtime.getTemplateSourceName() != null ? runtime.getTemplateSourceName() : template;
            problems.report(Problem.error(new SourcePosition(theme.templateDisplayPath(name),
                    runtime.getLineNumber() == null ? 0 : runtime.getLineNumber(),
                    runtime.getColumnNumber() == null ? 0 : runtime.getColumnNumber()),
                    "rendering " + forWhat + " failed: " + reason(runtime)));
        } else {
            problems.report(Problem.error(SourcePosition.fileOnly(forWhat), "cannot load template " + template
                    + ": " + e.getMessage()));
        }
    }

    /** The parse error behind {@code e}, if any: directly, as the cause of a failed load, or of an include. */
    private static ParseException syntaxError(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof ParseException parse) {
                return parse;
            }
            if (cause instanceof IOException || cause instanceof TemplateException) {
                continue;
            }
            return null;
        }
        return null;
    }

    /** Freemarker's first line, with the expression it blames ("…null or missing: page.x"). */
    private static String reason(TemplateException e) {
        String first = oneLine(e.getMessageWithoutStackTop());
        String blamed = e.getBlamedExpressionString();
        return blamed != null && first.endsWith(":") ? first + " " + blamed : first;
    }

    private static String oneLine(String message) {
        int newline = message.indexOf('\n');
        return (newline < 0 ? message : message.substring(0, newline)).strip();
    }
}
