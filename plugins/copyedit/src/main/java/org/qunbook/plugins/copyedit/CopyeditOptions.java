package org.qunbook.plugins.copyedit;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.qunbook.api.Severity;

/**
 * The plugin's options in {@code qunbook.yml}.
 *
 * @param rules       severity per rule id: {@code off}, {@code warning} or {@code error} (defaults:
 *                    {@code ad-law} error, every other rule warning)
 * @param rangeMark   the one mark between the numbers of a range (default {@code ～})
 * @param vocabulary  the vocabulary file in the content folder (default {@code _copyedit/vocabulary.yml})
 * @param copyFences  info words of fenced blocks whose text is copy, checked as prose (default {@code [script]})
 * @param adLaw       the advertising-law check
 */
public record CopyeditOptions(Map<String, String> rules, String rangeMark, String vocabulary, List<String> copyFences,
                              AdLaw adLaw) {

    /** Every rule id, in the order the rules run. */
    static final List<String> RULE_IDS = List.of("vocabulary", "halfwidth-word", "range-mark", "ellipsis",
            "space-word", "space-punctuation", "space-bracket", "fullwidth", "repeated-punctuation",
            "halfwidth-punctuation", "no-space-fullwidth", "no-space-fullwidth-quote", "ad-law");

    /**
     * @param types              content types whose pages are advertising copy (default {@code [script-template]})
     * @param scope              {@code page}: the whole page (default); {@code copy}: only the copy fences
     * @param terms              terms to flag besides the built-in list
     * @param allow              words that contain a term but claim nothing (besides 第一次, 第一步…)
     * @param replaceDefaultTerms true: {@code terms} replaces the built-in list instead of extending it
     */
    public record AdLaw(List<String> types, String scope, List<String> terms, List<String> allow,
                        Boolean replaceDefaultTerms) {
        public AdLaw {
            types = types == null ? List.of("script-template") : List.copyOf(types);
            scope = scope == null ? "page" : scope.strip();
            if (!scope.equals("page") && !scope.equals("copy")) {
                throw new IllegalArgumentException("option 'ad_law.scope' must be 'page' or 'copy', not '" + scope + "'");
            }
            terms = terms == null ? List.of() : List.copyOf(terms);
            allow = allow == null ? List.of() : List.copyOf(allow);
            replaceDefaultTerms = replaceDefaultTerms != null && replaceDefaultTerms;
        }

        boolean copyOnly() {
            return scope.equals("copy");
        }
    }

    public CopyeditOptions {
        Map<String, String> severities = new LinkedHashMap<>();
        for (String id : RULE_IDS) {
            severities.put(id, id.equals("ad-law") ? "error" : "warning");
        }
        if (rules != null) {
            rules.forEach((id, level) -> {
                if (!RULE_IDS.contains(id)) {
                    throw new IllegalArgumentException("unknown copyedit rule '" + id + "' in option 'rules'; the rules are "
                            + String.join(", ", RULE_IDS));
                }
                // YAML 1.1 reads an unquoted off as false.
                String value = level == null ? "" : level.strip().equals("false") ? "off" : level.strip();
                if (!List.of("off", "warning", "error").contains(value)) {
                    throw new IllegalArgumentException("rule '" + id + "' must be off, warning or error, not '" + level + "'");
                }
                severities.put(id, value);
            });
        }
        rules = java.util.Collections.unmodifiableMap(severities);
        rangeMark = rangeMark == null ? "～" : rangeMark.strip();
        if (rangeMark.isEmpty()) {
            throw new IllegalArgumentException("option 'range_mark' must not be empty (default: ～)");
        }
        vocabulary = vocabulary == null ? "_copyedit/vocabulary.yml" : vocabulary.strip();
        copyFences = copyFences == null ? List.of("script") : List.copyOf(copyFences);
        adLaw = adLaw == null ? new AdLaw(null, null, null, null, null) : adLaw;
    }

    /** The rule's severity, empty when it is off. */
    Optional<Severity> severity(String rule) {
        return switch (rules.getOrDefault(rule, "warning")) {
            case "off" -> Optional.empty();
            case "error" -> Optional.of(Severity.ERROR);
            default -> Optional.of(Severity.WARNING);
        };
    }
}
