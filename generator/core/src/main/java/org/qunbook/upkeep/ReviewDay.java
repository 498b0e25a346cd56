package org.qunbook.upkeep;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The day {@code check} measures reviews against: the one given ({@code --today}, the Maven
 * parameter {@code today}), else {@code SOURCE_DATE_EPOCH} as a UTC date, else the clock. Shared by
 * the CLI and the Maven plugin so both warn alike.
 */
public final class ReviewDay {

    private ReviewDay() {
    }

    /**
     * @param given        the date given, YYYY-MM-DD, if any
     * @param givenName    how the user gave it, for the error ({@code --today})
     * @param sourceEpoch  {@code SOURCE_DATE_EPOCH}, if set
     * @param clock        today's date here, when neither is given
     * @throws IllegalArgumentException with a message saying what to write
     */
    public static LocalDate of(Optional<String> given, String givenName, Optional<String> sourceEpoch,
                               Supplier<LocalDate> clock) {
        Optional<String> date = given.map(String::strip).filter(s -> !s.isEmpty());
        if (date.isPresent()) {
            try {
                return LocalDate.parse(date.get());
            } catch (DateTimeException e) {
                throw new IllegalArgumentException(givenName + " must be a date written YYYY-MM-DD, e.g. 2026-06-01 (got '"
                        + given.get() + "')");
            }
        }
        Optional<String> epoch = sourceEpoch.map(String::strip).filter(s -> !s.isEmpty());
        if (epoch.isPresent()) {
            try {
                return Instant.ofEpochSecond(Long.parseLong(epoch.get())).atOffset(ZoneOffset.UTC).toLocalDate();
            } catch (NumberFormatException | DateTimeException e) {
                throw new IllegalArgumentException("SOURCE_DATE_EPOCH must be whole seconds since 1970-01-01 UTC (got '"
                        + sourceEpoch.get() + "')");
            }
        }
        return clock.get();
    }
}
