package org.qunbook.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The one text analysis of qunbook's search, used to build the index (here) and to read queries
 * (qunbook-search.js, which must produce the same tokens; the shared vectors in the tests check it).
 *
 * <ol>
 *   <li>Normalise: NFKC (full-width letters and digits become ASCII), lower case, Traditional →
 *       Simplified per character ({@link ScriptFolding}).</li>
 *   <li>Split into runs: CJK characters (Han, kana, Hangul) and words (other letters and numbers,
 *       with a {@code .} kept between two ASCII digits, as in {@code 0.1}). Everything else,
 *       punctuation of both widths, symbols and emoji, separates.</li>
 *   <li>A word run is one token. A CJK run gives its overlapping bigrams and then its last
 *       character, so that every character starts a token; a run of one character gives that
 *       character. With {@code cjkUnigrams} every character is a token as well.</li>
 * </ol>
 *
 * <p>Why the last character: a query of one character {@code c} is then the prefix query
 * {@code c*} (every occurrence of {@code c} starts a bigram or is a run's last character), which
 * lunr answers by walking one branch of its term tree, instead of {@code *c*}, which visits every
 * term. A query of two or more characters needs only its bigrams: they are in the index wherever
 * the query's text is.
 *
 * <p>Token positions count UTF-16 units of the original text. Tokens are never empty.
 */
public final class TextAnalyzer {
    private final ScriptFolding folding;
    private final boolean cjkUnigrams;

    public TextAnalyzer(ScriptFolding folding, boolean cjkUnigrams) {
        this.folding = Objects.requireNonNull(folding, "folding");
        this.cjkUnigrams = cjkUnigrams;
    }

    /** The index analysis qunbook uses: OpenCC folding, bigrams plus each run's last character. */
    public static TextAnalyzer standard() {
        return new TextAnalyzer(ScriptFolding.openCc(), false);
    }

    public ScriptFolding folding() {
        return folding;
    }

    public boolean cjkUnigrams() {
        return cjkUnigrams;
    }

    public List<Token> analyze(String text) {
        List<Token> tokens = new ArrayList<>();
        tokenize(text, new Tokens() {
            @Override
            public void word(String term, int start, int length) {
                tokens.add(new Token(term, start, length));
            }

            @Override
            public void cjk(long key, int start, int length) {
                tokens.add(new Token(ShortTerms.text(key), start, length));
            }
        });
        return List.copyOf(tokens);
    }

    /**
     * The tokens of {@link #analyze(String)}, in the same order, handed to {@code out} one by one:
     * the index counts terms without a {@link Token}, and CJK terms without a String, per occurrence.
     */
    void tokenize(String text, Tokens out) {
        NormalizedText normalized = NormalizedText.of(text, folding);
        int[] runChars = new int[normalized.size()];
        int i = 0;
        int n = normalized.size();
        while (i < n) {
            CharClass kind = CharClass.of(normalized.codePoint(i));
            if (kind == CharClass.WORD) {
                i = word(normalized, i, out);
            } else if (kind == CharClass.CJK) {
                i = cjkRun(normalized, i, runChars, out);
            } else {
                i++; // separators end runs; a mark outside a word is dropped
            }
        }
    }

    /** Receives tokens: the term and the span of original UTF-16 units it came from. */
    interface Tokens {
        void word(String term, int start, int length);

        /** A CJK character or bigram, as its {@link ShortTerms} key. */
        void cjk(long key, int start, int length);
    }

    /** Adds the word starting at {@code from}; returns the index after it. */
    private static int word(NormalizedText text, int from, Tokens tokens) {
        int i = from + 1;
        while (i < text.size()) {
            CharClass kind = CharClass.of(text.codePoint(i));
            if (kind == CharClass.WORD || kind == CharClass.MARK || isDecimalPoint(text, i)) {
                i++;
            } else {
                break;
            }
        }
        tokens.word(text.text(from, i), text.start(from), text.end(i - 1) - text.start(from));
        return i;
    }

    /** A '.' with ASCII digits on both sides stays inside the number (0.1, 3.14). */
    private static boolean isDecimalPoint(NormalizedText text, int i) {
        return text.codePoint(i) == '.' && i + 1 < text.size()
                && isAsciiDigit(text.codePoint(i - 1)) && isAsciiDigit(text.codePoint(i + 1));
    }

    private static boolean isAsciiDigit(int cp) {
        return cp >= '0' && cp <= '9';
    }

    /**
     * Adds the tokens of the CJK run starting at {@code from}; returns the index after it.
     * {@code chars} is scratch space for the run's indexes into text (marks inside the run are skipped).
     */
    private int cjkRun(NormalizedText text, int from, int[] chars, Tokens tokens) {
        int count = 0;
        int i = from;
        while (i < text.size()) {
            CharClass kind = CharClass.of(text.codePoint(i));
            if (kind == CharClass.CJK) {
                chars[count++] = i;
            } else if (kind != CharClass.MARK) {
                break;
            }
            i++;
        }
        if (count == 1) {
            character(text, chars[0], tokens);
            return i;
        }
        for (int k = 0; k < count; k++) {
            int at = chars[k];
            boolean last = k + 1 == count;
            if (cjkUnigrams && !last) {
                character(text, at, tokens);
            }
            if (!last) {
                int next = chars[k + 1];
                tokens.cjk(ShortTerms.key(text.codePoint(at), text.codePoint(next)), text.start(at),
                        text.end(next) - text.start(at));
            } else {
                character(text, at, tokens); // the last character, in both modes
            }
        }
        return i;
    }

    /** The token of the one CJK character at {@code at}. */
    private static void character(NormalizedText text, int at, Tokens tokens) {
        tokens.cjk(ShortTerms.key(text.codePoint(at)), text.start(at), text.end(at) - text.start(at));
    }
}
