package org.qunbook.plugins.charts;

import java.math.BigDecimal;
import java.util.Optional;

/** Reading numbers the way writers type them, and printing them without noise. */
final class Numbers {

    private Numbers() {
    }

    /** {@code 120}, {@code 3.5}, {@code -2}; in table cells also {@code 1,200}, {@code 12%}, {@code 3,354 元}. */
    static Optional<Double> parse(String text) {
        try {
            double value = Double.parseDouble(text.strip());
            return Double.isFinite(value) ? Optional.of(value) : Optional.empty();
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** A table cell's first number: {@code 1,200 元} → 1200, {@code 约 12%} → 12; empty when there is none. */
    static Optional<Double> parseCell(String text) {
        String cleaned = text.strip().replace(",", "").replace("，", "").replace("示例", "");
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("-?\\d+(\\.\\d+)?").matcher(cleaned);
        return m.find() ? parse(m.group()) : Optional.empty();
    }

    /** {@code 120.0} → {@code 120}, {@code 0.125} → {@code 0.125}, at most three decimals. */
    static String format(double value) {
        BigDecimal rounded = BigDecimal.valueOf(value).setScale(3, java.math.RoundingMode.HALF_UP).stripTrailingZeros();
        return rounded.scale() < 0 ? rounded.setScale(0).toPlainString() : rounded.toPlainString();
    }

    /** A value with its unit as a Chinese or English text writes it: {@code 240 人}, {@code 12%}. */
    static String withUnit(double value, String unit) {
        if (unit.isEmpty()) {
            return format(value);
        }
        return format(value) + (unit.startsWith("%") || unit.startsWith("‰") ? "" : " ") + unit;
    }

    /** Coordinates in the SVG: one decimal is finer than a pixel. */
    static String coordinate(double value) {
        return format(Math.round(value * 10) / 10.0);
    }
}
