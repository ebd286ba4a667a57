package io.linchpin.engine.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A working-time calendar: weekly working hours and exceptions. Immutable.
 *
 * <p>The definition answers "what are the hours on this day"; arithmetic (adding working minutes,
 * working minutes between instants) runs on the table built by {@link #tabulate(Timeline)}.
 * {@link #minutesPerDay()} and {@link #minutesPerWeek()} only convert durations written in days
 * or weeks into working minutes, as MS Project's "hours per day" options do.
 */
public final class WorkCalendar {

    private final String id;
    private final String name;
    private final Map<DayOfWeek, WorkingHours> week;
    private final List<CalendarException> exceptions;
    private final int minutesPerDay;
    private final int minutesPerWeek;

    private WorkCalendar(Builder b) {
        this.id = b.id;
        this.name = b.name == null ? b.id : b.name;
        this.week = new EnumMap<>(b.week);
        this.exceptions = List.copyOf(b.exceptions);
        this.minutesPerDay = b.minutesPerDay;
        this.minutesPerWeek = b.minutesPerWeek;
    }

    /** A calendar with no working time until hours are set. */
    public static Builder builder(String id) {
        return new Builder(id);
    }

    /** Monday to Friday, 08:00-12:00 and 13:00-17:00: the default of MS Project and of Linchpin's JSON. */
    public static WorkCalendar standard(String id) {
        Builder b = builder(id);
        WorkingHours day = WorkingHours.ofMinutes(480, 720, 780, 1020);
        for (DayOfWeek d : DayOfWeek.values()) {
            b.hours(d, d == DayOfWeek.SATURDAY || d == DayOfWeek.SUNDAY ? WorkingHours.NONE : day);
        }
        return b.build();
    }

    /** Work around the clock, every day. */
    public static WorkCalendar twentyFourHours(String id) {
        Builder b = builder(id).minutesPerDay(1440).minutesPerWeek(7 * 1440);
        for (DayOfWeek d : DayOfWeek.values()) {
            b.hours(d, WorkingHours.ALL_DAY);
        }
        return b.build();
    }

    public String id() {
        return id;
    }

    public String name() {
        return name;
    }

    /** The regular hours of a weekday. */
    public WorkingHours weekly(DayOfWeek day) {
        return week.get(day);
    }

    public List<CalendarException> exceptions() {
        return exceptions;
    }

    public int minutesPerDay() {
        return minutesPerDay;
    }

    public int minutesPerWeek() {
        return minutesPerWeek;
    }

    /** The working hours on a date: the last exception that applies, else the weekday's hours. */
    public WorkingHours hoursOn(LocalDate date) {
        for (int i = exceptions.size() - 1; i >= 0; i--) {
            CalendarException e = exceptions.get(i);
            if (e.appliesOn(date)) {
                return e.hours();
            }
        }
        return week.get(date.getDayOfWeek());
    }

    /**
     * Everything but the id and name: two calendars with equal definitions have the same working
     * time and the same day and week lengths, so they can share one {@link CalendarTable}.
     */
    Object definition() {
        return List.of(week, exceptions, minutesPerDay, minutesPerWeek);
    }

    /** Precomputes this calendar's working time over a timeline. */
    public CalendarTable tabulate(Timeline timeline) {
        return new CalendarTable(this, timeline);
    }

    @Override
    public String toString() {
        return "calendar '" + name + "'";
    }

    /** Builds a {@link WorkCalendar}. */
    public static final class Builder {
        private final String id;
        private String name;
        private final Map<DayOfWeek, WorkingHours> week = new EnumMap<>(DayOfWeek.class);
        private final List<CalendarException> exceptions = new ArrayList<>();
        private int minutesPerDay = 480;
        private int minutesPerWeek = 2400;

        private Builder(String id) {
            this.id = Objects.requireNonNull(id, "id");
            for (DayOfWeek d : DayOfWeek.values()) {
                week.put(d, WorkingHours.NONE);
            }
        }

        public Builder name(String value) {
            this.name = value;
            return this;
        }

        public Builder hours(DayOfWeek day, WorkingHours hours) {
            week.put(day, Objects.requireNonNull(hours, "hours"));
            return this;
        }

        /** Adds an exception; where exceptions overlap, the one added last wins. */
        public Builder exception(CalendarException exception) {
            exceptions.add(Objects.requireNonNull(exception, "exception"));
            return this;
        }

        /** Working minutes in a "day" of duration (e.g. {@code 1d}); 480 unless set. */
        public Builder minutesPerDay(int value) {
            if (value <= 0) {
                throw new IllegalArgumentException("minutes per day must be positive, got " + value);
            }
            this.minutesPerDay = value;
            return this;
        }

        /** Working minutes in a "week" of duration (e.g. {@code 1w}); 2400 unless set. */
        public Builder minutesPerWeek(int value) {
            if (value <= 0) {
                throw new IllegalArgumentException("minutes per week must be positive, got " + value);
            }
            this.minutesPerWeek = value;
            return this;
        }

        public WorkCalendar build() {
            return new WorkCalendar(this);
        }
    }
}
