package org.qunbook.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.qunbook.api.Problem;
import org.qunbook.api.SourcePosition;
import org.qunbook.build.BuildResult;

/** Problems for machines: JSON for tools, workflow commands for GitHub Actions annotations. */
final class ProblemFormats {

    private ProblemFormats() {
    }

    /** {@code {"errors":1,"warnings":0,"problems":[{"file":…,"line":…,"column":…,"severity":…,"message":…}]}}. */
    static String json(BuildResult result) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("errors", result.errors());
        root.put("warnings", result.warnings());
        root.put("problems", result.problems().stream().map(ProblemFormats::entry).toList());
        try {
            return new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Map<String, Object> entry(Problem problem) {
        SourcePosition at = problem.position();
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("file", at == null ? null : at.file());
        entry.put("line", at == null || at.line() == 0 ? null : at.line());
        entry.put("column", at == null || at.column() == 0 ? null : at.column());
        entry.put("severity", problem.severity().label());
        entry.put("message", problem.message());
        return entry;
    }

    /** {@code ::error file=content/a.md,line=3,col=1::message}, one per problem. */
    static List<String> githubAnnotations(BuildResult result) {
        return result.problems().stream().map(problem -> {
            SourcePosition at = problem.position();
            StringBuilder line = new StringBuilder("::").append(problem.isError() ? "error" : "warning");
            if (at != null) {
                line.append(" file=").append(escapeProperty(at.file()));
                if (at.line() > 0) {
                    line.append(",line=").append(at.line());
                }
                if (at.column() > 0) {
                    line.append(",col=").append(at.column());
                }
            }
            return line.append("::").append(escapeData(problem.message())).toString();
        }).toList();
    }

    // GitHub's workflow-command escaping rules for data and for property values.
    private static String escapeData(String text) {
        return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
    }

    private static String escapeProperty(String text) {
        return escapeData(text).replace(":", "%3A").replace(",", "%2C");
    }
}
