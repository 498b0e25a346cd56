package org.qunbook.search;

/**
 * The names a query can match exactly (a page's title, a glossary term and its aliases) as the
 * browser looks them up ({@code qunbook-search.js}: {@code exactKey}, {@code bucketOf}): a name's key
 * is its text normalised and folded as the analysis does (NFKC, lower case, Traditional →
 * Simplified), separators dropped; a big site spreads its names over files by a hash of the key,
 * so a query loads the one file its key falls in rather than every name of the site.
 */
public final class ExactNames {
    private ExactNames() {
    }

    /** The key of {@code name}: its normalised, folded characters without separators ({@code exactKey}). */
    public static String key(String name, ScriptFolding folding) {
        NormalizedText text = NormalizedText.of(name, folding);
        StringBuilder out = new StringBuilder(text.size());
        for (int i = 0; i < text.size(); i++) {
            int cp = text.codePoint(i);
            if (CharClass.of(cp) != CharClass.SEPARATOR) {
                out.appendCodePoint(cp);
            }
        }
        return out.toString();
    }

    /** Which of {@code buckets} files holds {@code key}: a hash of its code points, h = 31·h + c in 32 bits ({@code bucketOf}). */
    public static int bucket(String key, int buckets) {
        if (buckets < 1) {
            throw new IllegalArgumentException("buckets: " + buckets);
        }
        int h = 0;
        for (int i = 0; i < key.length(); ) {
            int cp = key.codePointAt(i);
            h = 31 * h + cp;
            i += Character.charCount(cp);
        }
        return Math.floorMod(h, buckets);
    }
}
