package org.qunbook.config;

import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How often a page is reviewed: {@code 90d}, {@code 2w}, {@code 6m} or {@code 1y}
 * ({@code review_every} in front matter or under {@code review:} in {@code qunbook.yml}).
 *
 * @param amount how many units, at least 1
 * @param unit   {@code d}, {@code w}, {@code m} or {@code y}
 */
public record ReviewInterval(int amount, char unit) {

    private static final Pattern FORMAT = Pattern.compile("([1-9][0-9]{0,3})\\s*([dwmy])");

    /** What {@link #parse} accepts, for error messages. */
    public static final String HINT = "a number and a unit: 90d (days), 2w (weeks), 6m (months) or 1y (years)";

    public static Optional<ReviewInterval> parse(String text) {
        Matcher m = FORMAT.matcher(text == null ? "" : text.strip());
        return m.matches() ? Optional.of(new ReviewInterval(Integer.parseInt(m.group(1)), m.group(2).charAt(0)))
                : Optional.empty();
    }

    /** The next review due after one on {@code reviewed}. */
    public LocalDate after(LocalDate reviewed) {
        return switch (unit) {
            case 'd' -> reviewed.plusDays(amount);
            case 'w' -> reviewed.plusWeeks(amount);
            case 'm' -> reviewed.plusMonths(amount);
            default -> reviewed.plusYears(amount);
        };
    }

    /** {@code 90 days}, {@code 6 months}: as in the check's warning. */
    public String describe() {
        String unitName = switch (unit) {
            case 'd' -> "day";
            case 'w' -> "week";
            case 'm' -> "month";
            default -> "year";
        };
        return amount + " " + unitName + (amount == 1 ? "" : "s");
    }

    @Override
    public String toString() {
        return amount + String.valueOf(unit);
    }
}
