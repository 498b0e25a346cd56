package org.qunbook.api;

import java.text.Normalizer;
import java.util.Comparator;
import java.util.Locale;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import net.sourceforge.pinyin4j.PinyinHelper;
import net.sourceforge.pinyin4j.format.HanyuPinyinCaseType;
import net.sourceforge.pinyin4j.format.HanyuPinyinOutputFormat;
import net.sourceforge.pinyin4j.format.HanyuPinyinToneType;
import net.sourceforge.pinyin4j.format.HanyuPinyinVCharType;
import net.sourceforge.pinyin4j.format.exception.BadHanyuPinyinOutputFormatCombination;

/**
 * Orders text the way a Chinese reader expects: by Hanyu Pinyin, with Latin words sorted in
 * among the syllables ({@code 客单价} "ke dan jia" before {@code KOL}), and gives A-Z initials.
 *
 * <p>Han characters read with their first (most common) pinyin reading; ties fall back to the
 * text itself so the order is total and stable.
 */
public final class HanziOrder implements Comparator<String> {

    private final HanyuPinyinOutputFormat format = new HanyuPinyinOutputFormat();
    private final ConcurrentMap<String, String> keys = new ConcurrentHashMap<>();

    public HanziOrder() {
        format.setCaseType(HanyuPinyinCaseType.LOWERCASE);
        format.setToneType(HanyuPinyinToneType.WITH_TONE_NUMBER);
        format.setVCharType(HanyuPinyinVCharType.WITH_V);
    }

    @Override
    public int compare(String a, String b) {
        int byKey = sortKey(a).compareTo(sortKey(b));
        return byKey != 0 ? byKey : a.compareTo(b);
    }

    /**
     * The pinyin sort key: syllables with tone numbers, Latin letters lower-cased, separated by
     * spaces ({@code 私域流量} → {@code "si1 yu4 liu2 liang4"}).
     */
    public String sortKey(String text) {
        return keys.computeIfAbsent(text, this::computeKey);
    }

    /** {@code A}–{@code Z} for text starting with a Han character or Latin letter, {@code #} otherwise. */
    public String initial(String text) {
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
    public String romanize(String text, String separator) {
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

    private String computeKey(String text) {
        String folded = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        StringBuilder key = new StringBuilder();
        StringBuilder latin = new StringBuilder();
        folded.codePoints().forEach(cp -> {
            String reading = readingOf(cp);
            if (reading != null) {
                flush(latin, key);
                append(key, reading);
            } else if (Character.isLetterOrDigit(cp)) {
                latin.appendCodePoint(cp);
            } else {
                flush(latin, key);
            }
        });
        flush(latin, key);
        return key.toString();
    }

    private String readingOf(int codePoint) {
        if (Character.UnicodeScript.of(codePoint) != Character.UnicodeScript.HAN || codePoint > 0xFFFF) {
            return null;
        }
        try {
            String[] readings = PinyinHelper.toHanyuPinyinStringArray((char) codePoint, format);
            return readings == null || readings.length == 0 ? null : readings[0];
        } catch (BadHanyuPinyinOutputFormatCombination e) {
            throw new IllegalStateException("pinyin format is fixed and valid", e);
        }
    }

    private static void flush(StringBuilder latin, StringBuilder key) {
        if (latin.length() > 0) {
            append(key, latin.toString());
            latin.setLength(0);
        }
    }

    private static void append(StringBuilder key, String part) {
        if (key.length() > 0) {
            key.append(' ');
        }
        key.append(part);
    }
}
