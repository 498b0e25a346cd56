package org.qunbook.text;

import java.text.Normalizer;
import java.util.Locale;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import net.sourceforge.pinyin4j.PinyinHelper;
import net.sourceforge.pinyin4j.format.HanyuPinyinCaseType;
import net.sourceforge.pinyin4j.format.HanyuPinyinOutputFormat;
import net.sourceforge.pinyin4j.format.HanyuPinyinToneType;
import net.sourceforge.pinyin4j.format.HanyuPinyinVCharType;
import net.sourceforge.pinyin4j.format.exception.BadHanyuPinyinOutputFormatCombination;
import org.qunbook.api.HanziOrder;

/**
 * {@link HanziOrder} by pinyin4j's readings. One per build: sort keys are remembered, and the
 * same text is keyed again and again (every sidebar, tag list and glossary sorts the same titles).
 */
public final class PinyinOrder implements HanziOrder {

    private final HanyuPinyinOutputFormat format = new HanyuPinyinOutputFormat();
    private final ConcurrentMap<String, String> keys = new ConcurrentHashMap<>();

    public PinyinOrder() {
        format.setCaseType(HanyuPinyinCaseType.LOWERCASE);
        format.setToneType(HanyuPinyinToneType.WITH_TONE_NUMBER);
        format.setVCharType(HanyuPinyinVCharType.WITH_V);
    }

    @Override
    public String sortKey(String text) {
        return keys.computeIfAbsent(text, this::computeKey);
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
