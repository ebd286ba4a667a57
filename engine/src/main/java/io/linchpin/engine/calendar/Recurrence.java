package io.linchpin.engine.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * When a recurring calendar exception occurs, counted from the first day of its series (for
 * example a yearly holiday, or the first of every month).
 */
public sealed interface Recurrence {

    /** Whether the series that began on {@code seriesStart} occurs on {@code date}. */
    boolean occursOn(LocalDate date, LocalDate seriesStart);

    /** Every {@code everyDays} days. */
    record Daily(int everyDays) implements Recurrence {
        public Daily {
            requirePositive(everyDays, "everyDays");
        }

        @Override
        public boolean occursOn(LocalDate date, LocalDate seriesStart) {
            return ChronoUnit.DAYS.between(seriesStart, date) % everyDays == 0;
        }
    }

    /** On the given weekdays of every {@code everyWeeks}-th week (weeks start on the series' first day). */
    record Weekly(Set<DayOfWeek> days, int everyWeeks) implements Recurrence {
        public Weekly {
            requirePositive(everyWeeks, "everyWeeks");
            if (days.isEmpty()) {
                throw new IllegalArgumentException("a weekly recurrence needs at least one weekday");
            }
            days = Set.copyOf(EnumSet.copyOf(days));
        }

        @Override
        public boolean occursOn(LocalDate date, LocalDate seriesStart) {
            long week = Math.floorDiv(ChronoUnit.DAYS.between(seriesStart, date), 7);
            return days.contains(date.getDayOfWeek()) && week % everyWeeks == 0;
        }
    }

    /** On day {@code dayOfMonth} of every month (the last day in shorter months). */
    record Monthly(int dayOfMonth) implements Recurrence {
        public Monthly {
            if (dayOfMonth < 1 || dayOfMonth > 31) {
                throw new IllegalArgumentException("dayOfMonth must be 1..31, got " + dayOfMonth);
            }
        }

        @Override
        public boolean occursOn(LocalDate date, LocalDate seriesStart) {
            return date.getDayOfMonth() == Math.min(dayOfMonth, date.lengthOfMonth());
        }
    }

    /** Every year on the same month and day. */
    record Yearly(MonthDay day) implements Recurrence {
        public Yearly {
            Objects.requireNonNull(day, "day");
        }

        @Override
        public boolean occursOn(LocalDate date, LocalDate seriesStart) {
            return MonthDay.from(date).equals(day);
        }
    }

    private static void requirePositive(int value, String name) {
        if (value < 1) {
            throw new IllegalArgumentException(name + " must be at least 1, got " + value);
        }
    }
}
