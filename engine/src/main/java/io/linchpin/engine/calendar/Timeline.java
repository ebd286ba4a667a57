package io.linchpin.engine.calendar;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * The bounded stretch of wall-clock time over which a plan's calendars are tabulated.
 *
 * <p>Inside the engine an instant is an {@code int}: minutes since midnight of {@link #firstDay()},
 * in the plan's local wall-clock time (no daylight-saving shifts, as in MS Project and P6). A
 * timeline of {@code days} days covers minutes {@code 0 .. days * 1440} inclusive (the last value is
 * midnight after {@link #lastDay()}).
 */
public final class Timeline {

    /** Minutes in a calendar day. */
    public static final int MINUTES_PER_DAY = 1440;

    /** Keeps every minute of the timeline (and sums of working minutes) inside an {@code int}. */
    static final int MAX_DAYS = 400 * 366;

    /**
     * Every minute of a day as a time: reading a schedule turns hundreds of thousands of minutes
     * into date-times, and adding minutes to a date-time does calendar arithmetic each time.
     */
    private static final LocalTime[] TIMES_OF_DAY = new LocalTime[MINUTES_PER_DAY];

    static {
        for (int m = 0; m < MINUTES_PER_DAY; m++) {
            TIMES_OF_DAY[m] = LocalTime.of(m / 60, m % 60);
        }
    }

    private final LocalDate firstDay;
    private final long firstEpochDay;
    private final int days;

    private Timeline(LocalDate firstDay, int days) {
        this.firstDay = firstDay;
        this.firstEpochDay = firstDay.toEpochDay();
        this.days = days;
    }

    /**
     * A timeline from {@code firstDay} to {@code lastDay}, both included.
     *
     * @throws IllegalArgumentException if {@code lastDay} is before {@code firstDay} or the span is
     *     longer than 400 years
     */
    public static Timeline between(LocalDate firstDay, LocalDate lastDay) {
        Objects.requireNonNull(firstDay, "firstDay");
        Objects.requireNonNull(lastDay, "lastDay");
        long span = ChronoUnit.DAYS.between(firstDay, lastDay) + 1;
        if (span < 1) {
            throw new IllegalArgumentException("calendar range ends (" + lastDay + ") before it starts (" + firstDay + ")");
        }
        if (span > MAX_DAYS) {
            throw new IllegalArgumentException("calendar range " + firstDay + " .. " + lastDay + " is longer than 400 years");
        }
        return new Timeline(firstDay, (int) span);
    }

    public LocalDate firstDay() {
        return firstDay;
    }

    public LocalDate lastDay() {
        return firstDay.plusDays(days - 1L);
    }

    /** Number of days covered. */
    public int days() {
        return days;
    }

    /** The last valid minute: midnight at the end of {@link #lastDay()}. */
    public int endMinute() {
        return days * MINUTES_PER_DAY;
    }

    /** Whether a date lies on the timeline. */
    public boolean contains(LocalDate date) {
        return !date.isBefore(firstDay) && !date.isAfter(lastDay());
    }

    /**
     * The engine minute of a wall-clock date-time.
     *
     * @throws OutsideCalendarRangeException if the date-time is not on the timeline
     */
    public int minuteOf(LocalDateTime dateTime) {
        long day = ChronoUnit.DAYS.between(firstDay, dateTime.toLocalDate());
        long minute = day * MINUTES_PER_DAY + dateTime.getHour() * 60L + dateTime.getMinute();
        if (minute < 0 || minute > endMinute()) {
            throw new OutsideCalendarRangeException(dateTime + " is outside the calendar range " + this);
        }
        return (int) minute;
    }

    /**
     * The wall-clock date-time of an engine minute.
     *
     * @throws OutsideCalendarRangeException if the minute is not on the timeline
     */
    public LocalDateTime dateTimeOf(int minute) {
        if (minute < 0 || minute > endMinute()) {
            throw new OutsideCalendarRangeException("a date " + describeOffset(minute) + " is outside the calendar range " + this);
        }
        return LocalDateTime.of(LocalDate.ofEpochDay(firstEpochDay + minute / MINUTES_PER_DAY), TIMES_OF_DAY[minute % MINUTES_PER_DAY]);
    }

    private String describeOffset(int minute) {
        return minute < 0 ? "before " + firstDay : "after " + lastDay();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Timeline t && t.firstDay.equals(firstDay) && t.days == days;
    }

    @Override
    public int hashCode() {
        return firstDay.hashCode() * 31 + days;
    }

    @Override
    public String toString() {
        return firstDay + " .. " + lastDay();
    }
}
