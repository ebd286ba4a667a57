package io.linchpin.engine.calendar;

import java.time.LocalDate;
import java.util.Objects;

/**
 * Different working hours on some days: a holiday ({@link WorkingHours#NONE}), changed hours or
 * a working weekend. Without a recurrence it covers every day from {@code from} to {@code to}
 * (both included); with one, only the days of that range on which the recurrence occurs.
 *
 * @param from first day
 * @param to last day, included
 * @param hours the working hours on those days
 * @param recurrence when the exception recurs within the range, or {@code null} for every day
 */
public record CalendarException(LocalDate from, LocalDate to, WorkingHours hours, Recurrence recurrence) {

    public CalendarException {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(hours, "hours");
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("calendar exception ends (" + to + ") before it starts (" + from + ")");
        }
    }

    /** Every day from {@code from} to {@code to}. */
    public static CalendarException of(LocalDate from, LocalDate to, WorkingHours hours) {
        return new CalendarException(from, to, hours, null);
    }

    /** Whether the exception applies on {@code date}. */
    public boolean appliesOn(LocalDate date) {
        if (date.isBefore(from) || date.isAfter(to)) {
            return false;
        }
        return recurrence == null || recurrence.occursOn(date, from);
    }
}
