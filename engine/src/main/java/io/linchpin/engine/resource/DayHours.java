package io.linchpin.engine.resource;

import io.linchpin.engine.calendar.CalendarException;
import io.linchpin.engine.calendar.WorkCalendar;
import io.linchpin.engine.calendar.WorkingHours;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

/**
 * A calendar's working hours day by day over a range of dates, each day answered in O(1): the
 * exceptions are resolved once (the last one that applies wins, as in {@link WorkCalendar#hoursOn}),
 * where asking the calendar walks its exceptions every time.
 */
final class DayHours {

    private final WorkCalendar calendar;
    private final Map<LocalDate, WorkingHours> exceptional = new HashMap<>();

    DayHours(WorkCalendar calendar, LocalDate first, LocalDate last) {
        this.calendar = calendar;
        for (CalendarException e : calendar.exceptions()) {
            LocalDate from = e.from().isBefore(first) ? first : e.from();
            LocalDate to = e.to().isAfter(last) ? last : e.to();
            for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
                if (e.appliesOn(d)) {
                    exceptional.put(d, e.hours());
                }
            }
        }
    }

    WorkingHours on(LocalDate date) {
        WorkingHours h = exceptional.get(date);
        return h != null ? h : calendar.weekly(date.getDayOfWeek());
    }

    WorkingHours weekly(java.time.DayOfWeek day) {
        return calendar.weekly(day);
    }

    /** The days on which an exception, rather than the weekly hours, decides. */
    java.util.Set<LocalDate> exceptionalDays() {
        return exceptional.keySet();
    }
}
