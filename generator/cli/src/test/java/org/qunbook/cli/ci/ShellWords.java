package org.qunbook.cli.ci;

import java.util.ArrayList;
import java.util.List;

/**
 * The simple commands of a CI script ({@code run:} block, {@code script:} line): words split as a
 * POSIX shell splits them for the cases CI configs use (quotes, backslash-newline, comments, and
 * {@code ;}, {@code &&}, {@code ||}, {@code |} between commands). Expansions are kept as written,
 * so {@code "$CI_PAGES_URL/"} is the word {@code $CI_PAGES_URL/}.
 */
final class ShellWords {

    private ShellWords() {
    }

    static List<List<String>> commands(String script) {
        String text = script.replace("\\\n", " ");
        List<List<String>> commands = new ArrayList<>();
        List<String> words = new ArrayList<>();
        StringBuilder word = null;
        char quote = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                } else if (c == '\\' && quote == '"' && i + 1 < text.length()) {
                    word.append(text.charAt(++i));
                } else {
                    word.append(c);
                }
            } else if (c == '\'' || c == '"') {
                quote = c;
                word = word == null ? new StringBuilder() : word;
            } else if (c == '#' && word == null) {
                while (i + 1 < text.length() && text.charAt(i + 1) != '\n') {
                    i++;
                }
            } else if (c == '\n' || c == ';' || c == '&' || c == '|' || Character.isWhitespace(c)) {
                if (word != null) {
                    words.add(word.toString());
                    word = null;
                }
                if (!Character.isWhitespace(c) || c == '\n') {
                    if (!words.isEmpty()) {
                        commands.add(List.copyOf(words));
                    }
                    words.clear();
                }
            } else {
                word = word == null ? new StringBuilder() : word;
                word.append(c);
            }
        }
        if (word != null) {
            words.add(word.toString());
        }
        if (!words.isEmpty()) {
            commands.add(List.copyOf(words));
        }
        return commands;
    }
}
