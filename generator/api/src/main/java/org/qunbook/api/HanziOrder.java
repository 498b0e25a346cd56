package org.qunbook.api;

import java.util.Comparator;

/**
 * Orders text the way a Chinese reader expects: by Hanyu Pinyin, with Latin words sorted in
 * among the syllables ({@code 客单价} "ke dan jia" before {@code KOL}), and gives A-Z initials.
 * The core implements it (plugins get it from {@link TextTools#pinyin()}), so plugins order text
 * as the sidebar and tag lists do without a pinyin library of their own.
 *
 * <p>Han characters read with their first (most common) pinyin reading; ties fall back to the
 * text itself so the order is total and stable.
 */
public interface HanziOrder extends Comparator<String> {

    /**
     * The pinyin sort key: syllables with tone numbers, Latin letters lower-cased, separated by
     * spaces ({@code 私域流量} → {@code "si1 yu4 liu2 liang4"}).
     */
    String sortKey(String text);

    @Override
    default int compare(String a, String b) {
        int byKey = sortKey(a).compareTo(sortKey(b));
        return byKey != 0 ? byKey : a.compareTo(b);
    }

    /** {@code A}–{@code Z} for text starting with a Han character or Latin letter, {@code #} otherwise. */
    default String initial(String text) {
        String key = sortKey(text);
        if (!key.isEmpty()) {
            char first = Character.toUpperCase(key.charAt(0));
            if (first >= 'A' && first <= 'Z') {
                return String.valueOf(first);
            }
        }
        return "#";
    }

    /** The readings without tones, joined by {@code separator}: {@code 私域流量} → {@code si-yu-liu-liang}. */
    default String romanize(String text, String separator) {
        StringBuilder out = new StringBuilder();
        for (String part : sortKey(text).split(" ")) {
            if (part.isEmpty()) {
                continue;
            }
            if (out.length() > 0) {
                out.append(separator);
            }
            out.append(part.replaceAll("[0-9]$", ""));
        }
        return out.toString();
    }
}
