package org.qunbook.plugins.copyedit;

import java.util.ArrayList;
import java.util.List;

/**
 * Runs the rules over one piece of prose, one after the other, and says what each changed and
 * where in the original: a finding per change, and the piece as the fixable rules leave it.
 */
final class ProseChecker {

    /**
     * @param findings what the rules would change, in order
     * @param fixed    the piece after every fixable rule
     */
    record Result(List<Finding> findings, String fixed) {
    }

    private static final int CONTEXT = 4;
    private static final int TOKEN = 20;

    /** The vocabulary step's rule, for findings and severity; absent when the rule is off. */
    static final TextRule VOCABULARY = new TextRule("vocabulary", "the site's vocabulary", (t, c) -> t, true);

    private final List<TextRule> rules;
    private final Vocabulary vocabulary;

    /** @param vocabulary replaced first (an empty one when the rule is off), then the rules run */
    ProseChecker(Vocabulary vocabulary, List<TextRule> rules) {
        this.vocabulary = vocabulary;
        this.rules = List.copyOf(rules);
    }

    /** @param accepted variants not to flag here (a glossary page names its own spellings) */
    Result check(String piece, boolean lineHasCjk, java.util.Set<String> accepted) {
        String text = piece;
        // origin[i]: the original offset of char i of the current text (an inserted char takes
        // the offset of the original char it was inserted before).
        int[] origin = new int[text.length() + 1];
        for (int i = 0; i <= text.length(); i++) {
            origin[i] = i;
        }
        List<Finding> findings = new ArrayList<>();
        List<TextDiff.Edit> replaced = new ArrayList<>();
        for (Vocabulary.Match match : vocabulary.find(text, accepted)) {
            String use = match.unambiguous() ? "'" + match.preferred().get(0) + "'"
                    : "one of '" + String.join("', '", match.preferred()) + "'";
            findings.add(new Finding(VOCABULARY, match.start(), "'" + match.variant() + "' is a variant in the "
                    + "site's vocabulary: write " + use + " [vocabulary]", match.unambiguous()));
            if (match.unambiguous()) {
                replaced.add(new TextDiff.Edit(match.start(), match.end(), match.preferred().get(0)));
            }
        }
        if (!replaced.isEmpty()) {
            StringBuilder out = new StringBuilder();
            int at = 0;
            for (TextDiff.Edit edit : replaced) {
                out.append(text, at, edit.start()).append(edit.replacement());
                at = edit.end();
            }
            String next = out.append(text, at, text.length()).toString();
            origin = shift(origin, replaced, next.length());
            text = next;
        }
        for (TextRule rule : rules) {
            String next = rule.rewrite().apply(text, lineHasCjk);
            if (next.equals(text)) {
                continue;
            }
            List<TextDiff.Edit> edits = TextDiff.edits(text, next);
            for (List<TextDiff.Edit> group : nearby(text, edits)) {
                findings.add(new Finding(rule, origin[group.get(0).start()], message(rule, text, group),
                        rule.fixable()));
            }
            if (!rule.fixable()) {
                continue;
            }
            origin = shift(origin, edits, next.length());
            text = next;
        }
        return new Result(List.copyOf(findings), text);
    }

    private static int[] shift(int[] origin, List<TextDiff.Edit> edits, int length) {
        int[] moved = new int[length + 1];
        int from = 0;
        int to = 0;
        for (TextDiff.Edit edit : edits) {
            while (from < edit.start()) {
                moved[to++] = origin[from++];
            }
            for (int k = 0; k < edit.replacement().length(); k++) {
                moved[to++] = origin[edit.start()];
            }
            from = edit.end();
        }
        while (from < origin.length) {
            moved[to++] = origin[from++];
        }
        return moved;
    }

    /** Edits either side of one Latin word or number ({@code 1V1}: a space either side) make one finding. */
    private static List<List<TextDiff.Edit>> nearby(String text, List<TextDiff.Edit> edits) {
        List<List<TextDiff.Edit>> groups = new ArrayList<>();
        for (TextDiff.Edit edit : edits) {
            List<TextDiff.Edit> last = groups.isEmpty() ? null : groups.get(groups.size() - 1);
            if (last != null && oneToken(text, last.get(last.size() - 1).end(), edit.start())) {
                last.add(edit);
            } else {
                groups.add(new ArrayList<>(List.of(edit)));
            }
        }
        return groups;
    }

    private static boolean oneToken(String text, int from, int to) {
        if (to <= from || to - from > TOKEN) {
            return false;
        }
        String between = text.substring(from, to);
        return between.codePoints().noneMatch(c -> Scripts.isCjk(c) || Character.isWhitespace(c));
    }

    /** {@code description: '1V1指' → '1V1 指' [space-word]}, a few chars of context either side. */
    private static String message(TextRule rule, String text, List<TextDiff.Edit> group) {
        int first = group.get(0).start();
        int last = group.get(group.size() - 1).end();
        int left = Math.max(0, first - CONTEXT);
        int right = Math.min(text.length(), last + CONTEXT);
        StringBuilder after = new StringBuilder(text.substring(left, first));
        int at = first;
        for (TextDiff.Edit edit : group) {
            after.append(text, at, edit.start()).append(edit.replacement());
            at = edit.end();
        }
        after.append(text, at, right);
        return rule.description() + ": '" + text.substring(left, right).strip() + "' → '" + after.toString().strip()
                + "' [" + rule.id() + "]";
    }
}
